import { eq } from "drizzle-orm";
import type { z } from "zod";
import { findNotificationPreferences, upsertNotificationPreferences } from "@/db/queries/notification-preferences";
import { couples } from "@/db/schema";
import { DEFAULT_COUNSELOR_DIGEST_MINUTE, DEFAULT_PARTNER_REMINDER_MINUTE } from "@/db/schema/notifications/reminder-defaults";
import { clockOfMinute, minuteOfClock, type ZReminderPreferencesInput } from "@/db/schema/notifications/validation";
import type { CounselorViewer, PartnerViewer } from "../../auth/viewer";
import { recordAudit } from "../audit";
import type { ServiceContext } from "../context";

type ReminderViewer = PartnerViewer | CounselorViewer;

/** Suggested quiet hours shown when someone first turns them on. */
const SUGGESTED_QUIET = { start: 21 * 60, end: 8 * 60 };

/** The caller's reminder settings as the form shows them, with what an empty zone means for them. */
export async function getReminderPreferences(ctx: ServiceContext<ReminderViewer>) {
  const row = await findNotificationPreferences(ctx.db, ctx.viewer.userId);
  const defaultMinute = ctx.viewer.role === "partner" ? DEFAULT_PARTNER_REMINDER_MINUTE : DEFAULT_COUNSELOR_DIGEST_MINUTE;
  const quiet = row?.quietStartMinute != null && row.quietEndMinute != null;
  return {
    values: {
      emailReminders: row?.emailReminders ?? true,
      reminderTime: clockOfMinute(row?.reminderMinute ?? defaultMinute),
      quietHours: quiet,
      quietStart: clockOfMinute(row?.quietStartMinute ?? SUGGESTED_QUIET.start),
      quietEnd: clockOfMinute(row?.quietEndMinute ?? SUGGESTED_QUIET.end),
      discreet: row?.discreet ?? false,
      timeZone: row?.timeZone ?? "",
    },
    defaultTimeZone: await defaultZone(ctx),
  };
}

export async function saveReminderPreferences(ctx: ServiceContext<ReminderViewer>, input: z.output<typeof ZReminderPreferencesInput>) {
  await ctx.db.transaction(async (tx) => {
    await upsertNotificationPreferences(tx, {
      userId: ctx.viewer.userId,
      emailReminders: input.emailReminders,
      reminderMinute: minuteOfClock(input.reminderTime),
      quietStartMinute: input.quietHours ? minuteOfClock(input.quietStart) : null,
      quietEndMinute: input.quietHours ? minuteOfClock(input.quietEnd) : null,
      discreet: input.discreet,
      timeZone: input.timeZone === "" ? null : input.timeZone,
    });
    await recordAudit(tx, ctx.viewer, ctx.request, {
      action: "account.reminder_preferences_saved",
      entityType: "user",
      entityId: ctx.viewer.userId,
      details: { emailReminders: input.emailReminders, quietHours: input.quietHours, discreet: input.discreet },
    });
  });
  return getReminderPreferences(ctx);
}

async function defaultZone(ctx: ServiceContext<ReminderViewer>): Promise<string> {
  if (ctx.viewer.role !== "partner") return ctx.viewer.practiceTimeZone;
  const [couple] = await ctx.db.select({ timeZone: couples.timeZone }).from(couples).where(eq(couples.id, ctx.viewer.coupleId));
  return couple?.timeZone ?? ctx.viewer.practiceTimeZone;
}
