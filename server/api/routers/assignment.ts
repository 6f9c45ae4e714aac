import * as z from "zod";
import { ZAssignInput, ZAssignmentId, ZEditAssignmentInput } from "@/db/schema/assignments/validation";
import { ZCoupleId } from "@/db/schema/couples/validation";
import { assignExercise } from "../../services/assignments/assign-exercise";
import { editAssignment } from "../../services/assignments/edit-assignment";
import { getAssignmentForEdit } from "../../services/assignments/get-assignment-for-edit";
import { listAssignmentsForCouple } from "../../services/assignments/list-couple-assignments";
import { setAssignmentStatus } from "../../services/assignments/set-assignment-status";
import { counselorProcedure, createRouter } from "../trpc";

export const assignmentRouter = createRouter({
  create: counselorProcedure
    .meta({ policy: "assignment.create" })
    .input(ZAssignInput)
    .mutation(({ ctx, input }) => assignExercise(ctx, input)),

  getForEdit: counselorProcedure
    .meta({ policy: "assignment.getForEdit" })
    .input(z.object({ assignmentId: ZAssignmentId }).strict())
    .query(({ ctx, input }) => getAssignmentForEdit(ctx, input.assignmentId)),

  update: counselorProcedure
    .meta({ policy: "assignment.update" })
    .input(ZEditAssignmentInput)
    .mutation(({ ctx, input }) => editAssignment(ctx, input)),

  setStatus: counselorProcedure
    .meta({ policy: "assignment.setStatus" })
    .input(z.object({ assignmentId: z.uuid("Unknown homework"), action: z.enum(["pause", "resume", "end"]) }).strict())
    .mutation(({ ctx, input }) => setAssignmentStatus(ctx, input)),

  listForCouple: counselorProcedure
    .meta({ policy: "assignment.listForCouple" })
    .input(z.object({ coupleId: ZCoupleId }).strict())
    .query(({ ctx, input }) => listAssignmentsForCouple(ctx, input.coupleId)),
});
