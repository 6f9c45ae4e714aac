import { createSelectSchema } from "drizzle-zod";
import * as z from "zod";
import { ZCoupleId } from "../couples/validation";
import { sessionRecords } from "./table";

export const ZSessionRecord = createSelectSchema(sessionRecords);

export const ZSessionId = z.uuid("We couldn't find that session.");

const ZSessionDate = z.iso.date("Choose the session's date");
/** A wall-clock time in the couple's own time zone. */
const ZSessionTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, "Enter a time such as 14:30");
const ZDuration = z.coerce
  .number({ error: "Enter the length in minutes" })
  .int("Enter whole minutes")
  .min(15, "Sessions are at least 15 minutes")
  .max(240, "Sessions are at most 4 hours");

export const ZScheduleSessionInput = z
  .object({ coupleId: ZCoupleId, date: ZSessionDate, time: ZSessionTime, durationMinutes: ZDuration.default(50) })
  .strict();

export const ZRescheduleSessionInput = z
  .object({ sessionId: ZSessionId, date: ZSessionDate, time: ZSessionTime, durationMinutes: ZDuration, baseVersion: z.int().min(1) })
  .strict();

export const SETTABLE_SESSION_STATUSES = ["scheduled", "held", "cancelled"] as const;

export const ZSessionStatusInput = z
  .object({
    sessionId: ZSessionId,
    status: z.enum(SETTABLE_SESSION_STATUSES, { error: "Choose held, cancelled or scheduled" }),
    baseVersion: z.int().min(1),
  })
  .strict();

export const ZAgendaItem = z
  .object({
    text: z.string().trim().min(1, "Write the agenda item, or remove it").max(300, "Keep agenda items to 300 characters"),
    done: z.boolean().default(false),
  })
  .strict();

export const ZSaveAgendaInput = z
  .object({
    sessionId: ZSessionId,
    /** The session record's version the counselor started from; a stale save answers CONFLICT. */
    baseVersion: z.int().min(1),
    items: z.array(ZAgendaItem).max(30, "Keep the agenda to 30 items"),
  })
  .strict();

export const ZSaveNoteInput = z
  .object({
    sessionId: ZSessionId,
    /** 0 for the first save of this session's note. */
    baseVersion: z.int().min(0),
    body: z.string().max(20_000, "Session notes are limited to 20,000 characters"),
  })
  .strict();
