import { createSelectSchema } from "drizzle-zod";
import * as z from "zod";
import { AUDIENCES, VISIBILITY_CLASSES } from "../_shared/enums";
import { isStorableText, UNSTORABLE_TEXT_MESSAGE } from "../_shared/text";
import { ZCoupleId } from "../couples/validation";
import { ZFieldKey } from "../exercises/field-types";
import { ZTemplateId } from "../exercises/validation";
import { ZSchedule, type TSchedule } from "./schedule";
import { assignments, tasks } from "./table";

export const ZAssignment = createSelectSchema(assignments);
export const ZTask = createSelectSchema(tasks);

const ZIsoDate = z.iso.date("Choose a date");

export const ZAssignmentId = z.uuid("We couldn't find that homework.");

const ZNoteToCouple = z
  .string()
  .trim()
  .max(1000, "Keep the note to 1,000 characters")
  .refine(isStorableText, UNSTORABLE_TEXT_MESSAGE)
  .optional();

/** Field key → a class more private than the template's; checked against the template by the service. */
const ZVisibilityOverrides = z.record(ZFieldKey, z.enum(VISIBILITY_CLASSES)).default({});

/**
 * Where a schedule's dates contradict the start date. Assigning checks this in its
 * schema; editing checks it in the service against the stored start date, which an
 * edit can't change.
 */
export function scheduleDateIssues(schedule: TSchedule, startsOn: string): { path: ["schedule", "dueOn" | "until"]; message: string }[] {
  if (schedule.kind === "once" && schedule.dueOn < startsOn) {
    return [{ path: ["schedule", "dueOn"], message: "The due date can't be before the start date" }];
  }
  if (schedule.kind !== "once" && schedule.until !== undefined && schedule.until < startsOn) {
    return [{ path: ["schedule", "until"], message: "The end date can't be before the start date" }];
  }
  return [];
}

/** Assigning an exercise: the form and `assignment.create` share this schema. */
export const ZAssignInput = z
  .object({
    coupleId: ZCoupleId,
    templateId: z.string({ error: "Choose an exercise" }).min(1, "Choose an exercise").pipe(ZTemplateId),
    audience: z.enum(AUDIENCES, { error: "Choose who does this exercise" }),
    startsOn: ZIsoDate,
    schedule: ZSchedule,
    noteToCouple: ZNoteToCouple,
    visibilityOverrides: ZVisibilityOverrides,
  })
  .strict()
  .superRefine((input, ctx) => {
    for (const issue of scheduleDateIssues(input.schedule, input.startsOn)) ctx.addIssue({ code: "custom", ...issue });
  });
export type TAssignInput = z.input<typeof ZAssignInput>;

/**
 * Editing homework: the form and `assignment.update` share this schema. Audience,
 * exercise and start date are not here because they can't change: partners may
 * already be working under them.
 */
export const ZEditAssignmentInput = z
  .object({
    assignmentId: ZAssignmentId,
    /** The assignment version the form was filled from; a stale one is refused (CONFLICT). */
    baseVersion: z.int().min(1, "Unknown homework version"),
    schedule: ZSchedule,
    noteToCouple: ZNoteToCouple,
    /** The full set the counselor wants; each may only be as private as now, or more. */
    visibilityOverrides: ZVisibilityOverrides,
  })
  .strict();
export type TEditAssignmentInput = z.input<typeof ZEditAssignmentInput>;
