import type { Database } from "@/db/client";
import { counselorsDueForDigest, couplesNeedingTasks, partnersDueForReminder } from "@/db/queries/reminders";
import { logger } from "../../logger";
import { queueEmail } from "../../mail/queue-email";
import { materializeCoupleTasks } from "../assignments/materialize-tasks";

export interface ReminderTickResult {
  reminders: number;
  digests: number;
}

/**
 * One pass of the reminder job: whoever's local reminder time has come gets at most one
 * reminder and one digest per local day. Safe to run as often as wanted, twice at once
 * or on several instances: each message is keyed by person and local date, and the key
 * is unique in email_deliveries, so a second planner inserts nothing.
 */
export async function runReminderTick(db: Database, now: Date = new Date()): Promise<ReminderTickResult> {
  // Tasks are created on a rolling horizon when someone opens Today; a couple who
  // hasn't lately still needs today's tasks to exist before they can be reminded of them.
  for (const coupleId of await couplesNeedingTasks(db, now)) await materializeCoupleTasks(db, coupleId, now);

  let reminders = 0;
  for (const partner of await partnersDueForReminder(db, now)) {
    const queued = await queueEmail(db, {
      idempotencyKey: `reminder:${partner.userId}:${partner.localDate}`,
      userId: partner.userId,
      to: partner.email,
      message: { template: "reminder", params: { dueToday: partner.dueToday, overdue: partner.overdue, discreet: partner.discreet } },
    });
    if (queued) reminders += 1;
  }

  let digests = 0;
  for (const counselor of await counselorsDueForDigest(db, now)) {
    const queued = await queueEmail(db, {
      idempotencyKey: `digest:${counselor.userId}:${counselor.localDate}`,
      userId: counselor.userId,
      to: counselor.email,
      message: {
        template: "counselor_digest",
        params: { sessionsToday: counselor.sessionsToday, awaitingReview: counselor.awaitingReview, openFlags: counselor.openFlags },
      },
    });
    if (queued) digests += 1;
  }
  if (reminders + digests > 0) logger.info({ reminders, digests }, "reminders queued");
  return { reminders, digests };
}
