import { ZRescheduleSessionInput, ZSaveAgendaInput, ZSaveNoteInput, ZScheduleSessionInput, ZSessionStatusInput } from "@/db/schema/sessions/validation";
import { saveSessionNote } from "../../services/sessions/save-note";
import { scheduleSession } from "../../services/sessions/schedule-session";
import { rescheduleSession, saveAgenda, setSessionStatus } from "../../services/sessions/update-session";
import { counselorProcedure, createRouter } from "../trpc";

/** A caseload couple's session records, agendas and the counselor's private notes. */
export const sessionRouter = createRouter({
  schedule: counselorProcedure
    .meta({ policy: "session.schedule" })
    .input(ZScheduleSessionInput)
    .mutation(({ ctx, input }) => scheduleSession(ctx, input)),
  reschedule: counselorProcedure
    .meta({ policy: "session.reschedule" })
    .input(ZRescheduleSessionInput)
    .mutation(({ ctx, input }) => rescheduleSession(ctx, input)),
  setStatus: counselorProcedure
    .meta({ policy: "session.setStatus" })
    .input(ZSessionStatusInput)
    .mutation(({ ctx, input }) => setSessionStatus(ctx, input)),
  saveAgenda: counselorProcedure
    .meta({ policy: "session.saveAgenda" })
    .input(ZSaveAgendaInput)
    .mutation(({ ctx, input }) => saveAgenda(ctx, input)),
  saveNote: counselorProcedure
    .meta({ policy: "session.saveNote" })
    .input(ZSaveNoteInput)
    .mutation(({ ctx, input }) => saveSessionNote(ctx, input)),
});
