import * as z from "zod";

const ZIsoDate = z.iso.date("Choose a date");
const ZCount = z.int("Enter a whole number").min(1, "At least once").max(366, "At most 366 times");

/**
 * When an assignment produces tasks. Dates are calendar dates in the couple's time
 * zone. Repeating schedules stop at `until` or after `count` occurrences, whichever
 * the counselor chose, or run until the assignment is ended.
 */
export const ZSchedule = z.discriminatedUnion(
  "kind",
  [
    z.object({ kind: z.literal("once"), dueOn: z.iso.date("Choose a due date") }).strict(),
    z.object({ kind: z.literal("daily"), until: ZIsoDate.optional(), count: ZCount.optional() }).strict(),
    z
      .object({
        kind: z.literal("weekly"),
        weekdays: z.array(z.int().min(0).max(6)).min(1, "Choose at least one day").max(7),
        everyWeeks: z.int("Enter a whole number").min(1, "At least every week").max(12, "At most every 12 weeks").default(1),
        until: ZIsoDate.optional(),
        count: ZCount.optional(),
      })
      .strict(),
  ],
  { error: "Choose how often" },
);
export type TSchedule = z.output<typeof ZSchedule>;
