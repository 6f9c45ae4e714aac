import { z } from "zod";

const ZIsoDate = z.iso.date();

/**
 * When an assignment produces tasks. Dates are calendar dates in the couple's time
 * zone. Repeating schedules stop at `until` or after `count` occurrences, whichever
 * the counselor chose.
 */
export const ZSchedule = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("once"), dueOn: ZIsoDate }).strict(),
  z.object({ kind: z.literal("daily"), until: ZIsoDate.optional(), count: z.int().min(1).max(366).optional() }).strict(),
  z
    .object({
      kind: z.literal("weekly"),
      weekdays: z.array(z.int().min(0).max(6)).min(1).max(7),
      everyWeeks: z.int().min(1).max(12).default(1),
      until: ZIsoDate.optional(),
      count: z.int().min(1).max(366).optional(),
    })
    .strict(),
]);
export type TSchedule = z.output<typeof ZSchedule>;
