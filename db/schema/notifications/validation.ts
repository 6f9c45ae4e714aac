import * as z from "zod";
import { ZTimeZone } from "../couples/validation";

const ZClockTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, "Enter a time such as 18:00");

/** The reminder settings form and account.saveReminderPreferences validate with this one schema. */
export const ZReminderPreferencesInput = z
  .object({
    emailReminders: z.boolean(),
    reminderTime: ZClockTime,
    quietHours: z.boolean(),
    quietStart: ZClockTime,
    quietEnd: ZClockTime,
    discreet: z.boolean(),
    /** Empty: follow the couple's zone (partners) or the practice's (counselors). */
    timeZone: z.union([z.literal(""), ZTimeZone]),
  })
  .strict()
  .superRefine((input, ctx) => {
    if (input.quietHours && input.quietStart === input.quietEnd) {
      ctx.addIssue({ code: "custom", path: ["quietEnd"], message: "Quiet hours need different start and end times" });
    }
  });
export type TReminderPreferencesInput = z.input<typeof ZReminderPreferencesInput>;

export function minuteOfClock(time: string): number {
  const [hours, minutes] = time.split(":").map(Number);
  return (hours ?? 0) * 60 + (minutes ?? 0);
}

export function clockOfMinute(minute: number): string {
  return `${String(Math.floor(minute / 60)).padStart(2, "0")}:${String(minute % 60).padStart(2, "0")}`;
}

/** Marking one of your own notifications read (opening it does this). */
export const ZMarkNotificationReadInput = z.object({ notificationId: z.uuid("Unknown notification") }).strict();
