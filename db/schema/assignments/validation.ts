import { createSelectSchema } from "drizzle-zod";
import { z } from "zod";
import { AUDIENCES, VISIBILITY_CLASSES } from "../_shared/enums";
import { isStorableText, UNSTORABLE_TEXT_MESSAGE } from "../_shared/text";
import { ZCoupleId } from "../couples/validation";
import { ZFieldKey } from "../exercises/field-types";
import { ZTemplateId } from "../exercises/validation";
import { ZSchedule } from "./schedule";
import { assignments, tasks } from "./table";

export const ZAssignment = createSelectSchema(assignments);
export const ZTask = createSelectSchema(tasks);

const ZIsoDate = z.iso.date("Choose a date");

/** Assigning an exercise: the form and `assignment.create` share this schema. */
export const ZAssignInput = z
  .object({
    coupleId: ZCoupleId,
    templateId: z.string({ error: "Choose an exercise" }).min(1, "Choose an exercise").pipe(ZTemplateId),
    audience: z.enum(AUDIENCES, { error: "Choose who does this exercise" }),
    startsOn: ZIsoDate,
    schedule: ZSchedule,
    noteToCouple: z
      .string()
      .trim()
      .max(1000, "Keep the note to 1,000 characters")
      .refine(isStorableText, UNSTORABLE_TEXT_MESSAGE)
      .optional(),
    /** Field key → a class more private than the template's; checked against the template by the service. */
    visibilityOverrides: z.record(ZFieldKey, z.enum(VISIBILITY_CLASSES)).default({}),
  })
  .strict()
  .superRefine((input, ctx) => {
    const schedule = input.schedule;
    if (schedule.kind === "once" && schedule.dueOn < input.startsOn) {
      ctx.addIssue({ code: "custom", path: ["schedule", "dueOn"], message: "The due date can't be before the start date" });
    }
    if (schedule.kind !== "once" && schedule.until !== undefined && schedule.until < input.startsOn) {
      ctx.addIssue({ code: "custom", path: ["schedule", "until"], message: "The end date can't be before the start date" });
    }
  });
export type TAssignInput = z.input<typeof ZAssignInput>;
