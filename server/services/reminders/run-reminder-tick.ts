import type { Database } from "@/db/client";
import { counselorsDueForDigest, couplesNeedingTasks, partnersDueForReminder } from "@/db/queries/reminders";
import { logger } from "../../logger";
import { queueEmail, type QueuedEmail } from "../../mail/queue-email";
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

  const result: ReminderTickResult = { reminders: 0, digests: 0 };
  for (const email of await remindersDue(db, now)) {
    if (await queueEmail(db, email)) result[email.message.template === "reminder" ? "reminders" : "digests"] += 1;
  }
  if (result.reminders + result.digests > 0) logger.info(result, "reminders queued");
  return result;
}

/** The reminder and digest emails due at `now` and not yet queued; reads only. */
export async function remindersDue(db: Database, now: Date): Promise<QueuedEmail[]> {
  const partners = (await partnersDueForReminder(db, now)).map(
    (partner): QueuedEmail => ({
      idempotencyKey: `reminder:${partner.userId}:${partner.localDate}`,
      userId: partner.userId,
      to: partner.email,
      message: { template: "reminder", params: { dueToday: partner.dueToday, overdue: partner.overdue, discreet: partner.discreet } },
    }),
  );
  const counselors = (await counselorsDueForDigest(db, now)).map(
    (counselor): QueuedEmail => ({
      idempotencyKey: `digest:${counselor.userId}:${counselor.localDate}`,
      userId: counselor.userId,
      to: counselor.email,
      message: {
        template: "counselor_digest",
        params: { sessionsToday: counselor.sessionsToday, awaitingReview: counselor.awaitingReview, openFlags: counselor.openFlags },
      },
    }),
  );
  return [...partners, ...counselors];
}
