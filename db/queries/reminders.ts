import { sql, type SQL } from "drizzle-orm";
import { DEFAULT_COUNSELOR_DIGEST_MINUTE, DEFAULT_PARTNER_REMINDER_MINUTE } from "../schema/notifications/reminder-defaults";
import { queryRows, type Database } from "../client";

/** Local wall-clock minute of `ts` (a timestamp without zone). */
const minuteOf = (ts: SQL) => sql`(extract(hour FROM ${ts}) * 60 + extract(minute FROM ${ts}))::int`;

/**
 * True when the local minute is past the preferred time and outside quiet hours. Quiet
 * hours may wrap midnight (22:00–07:00); a reminder whose time falls inside them waits
 * for them to end, the same local day.
 */
function dueNow(localTs: SQL, preferredMinute: SQL) {
  const minute = minuteOf(localTs);
  return sql`${minute} >= ${preferredMinute}
    AND NOT coalesce(CASE
      WHEN np.quiet_start_minute < np.quiet_end_minute THEN ${minute} >= np.quiet_start_minute AND ${minute} < np.quiet_end_minute
      WHEN np.quiet_start_minute > np.quiet_end_minute THEN ${minute} >= np.quiet_start_minute OR ${minute} < np.quiet_end_minute
      ELSE false END, false)`;
}

/** Active couples with homework whose tasks don't yet reach their local "tomorrow". */
export async function couplesNeedingTasks(db: Database, now: Date): Promise<string[]> {
  const rows = await queryRows<{ coupleId: string }>(
    db,
    sql`SELECT DISTINCT c.id AS "coupleId"
        FROM couples c
        JOIN assignments a ON a.couple_id = c.id AND a.status = 'active'
        WHERE c.status = 'active'
          -- No zone is more than a day ahead of UTC, so this bound holds for every couple and
          -- lets the partial index skip the homework already created far enough ahead.
          AND (a.tasks_through IS NULL OR a.tasks_through < (${now.toISOString()}::timestamptz AT TIME ZONE 'UTC')::date + 2)
          AND (a.tasks_through IS NULL OR a.tasks_through < (${now.toISOString()}::timestamptz AT TIME ZONE c.time_zone)::date + 1)
          AND (a.ends_on IS NULL OR a.tasks_through IS NULL OR a.tasks_through < a.ends_on)`,
  );
  return rows.map((row) => row.coupleId);
}

export interface PartnerReminderCandidate {
  userId: string;
  email: string;
  discreet: boolean;
  localDate: string;
  dueToday: number;
  overdue: number;
}

/**
 * Partners whose reminder time has come today (in their zone) and who have not had
 * today's reminder, with what is waiting: tasks due today not started, and yesterday's
 * tasks still open within their grace window. Yesterday's only, so an overdue task is
 * mentioned once, on the day after it was due.
 */
export async function partnersDueForReminder(db: Database, now: Date): Promise<PartnerReminderCandidate[]> {
  const at = sql`${now.toISOString()}::timestamptz`;
  const localTs = sql`(${at} AT TIME ZONE coalesce(np.time_zone, c.time_zone))`;
  const waiting = (condition: SQL) => sql`(SELECT count(*)::int FROM tasks t
      JOIN assignments a ON a.id = t.assignment_id AND a.status = 'active'
      WHERE t.couple_id = c.id AND (t.assignee_id = u.id OR t.assignee_id IS NULL) AND ${condition})`;
  return queryRows<PartnerReminderCandidate>(
    db,
    sql`SELECT * FROM (
          SELECT u.id AS "userId", u.email, coalesce(np.discreet, false) AS discreet,
            to_char(${localTs}, 'YYYY-MM-DD') AS "localDate",
            ${waiting(sql`t.due_on = ${localTs}::date AND t.status = 'not_started'`)} AS "dueToday",
            ${waiting(sql`t.due_on = ${localTs}::date - 1 AND t.status IN ('not_started', 'in_progress') AND t.grace_until > ${at}`)} AS overdue
          FROM users u
          JOIN couple_members m ON m.user_id = u.id
          JOIN couples c ON c.id = m.couple_id AND c.status = 'active'
          LEFT JOIN notification_preferences np ON np.user_id = u.id
          WHERE u.role = 'partner' AND NOT u.disabled AND u.password_hash IS NOT NULL
            AND coalesce(np.email_reminders, true)
            AND ${dueNow(localTs, sql`coalesce(np.reminder_minute, ${DEFAULT_PARTNER_REMINDER_MINUTE})`)}
            AND NOT EXISTS (SELECT 1 FROM email_deliveries d WHERE d.idempotency_key = 'reminder:' || u.id || ':' || to_char(${localTs}, 'YYYY-MM-DD'))
        ) candidates
        WHERE "dueToday" + overdue > 0`,
  );
}

export interface CounselorDigestCandidate {
  userId: string;
  email: string;
  localDate: string;
  sessionsToday: number;
  awaitingReview: number;
  openFlags: number;
}

/**
 * Counselors with at least one session today (in their zone) whose digest time has come
 * and who have not had today's digest, with counts only.
 */
export async function counselorsDueForDigest(db: Database, now: Date): Promise<CounselorDigestCandidate[]> {
  const at = sql`${now.toISOString()}::timestamptz`;
  const zone = sql`coalesce(np.time_zone, p.time_zone)`;
  const localTs = sql`(${at} AT TIME ZONE ${zone})`;
  return queryRows<CounselorDigestCandidate>(
    db,
    sql`SELECT * FROM (
          SELECT u.id AS "userId", u.email, to_char(${localTs}, 'YYYY-MM-DD') AS "localDate",
            (SELECT count(*)::int FROM session_records s
              WHERE s.counselor_id = u.id AND s.status = 'scheduled'
                AND (s.scheduled_at AT TIME ZONE ${zone})::date = ${localTs}::date) AS "sessionsToday",
            (SELECT count(*)::int FROM tasks t JOIN couples c ON c.id = t.couple_id
              WHERE c.counselor_id = u.id AND c.status = 'active' AND t.status = 'submitted'
                AND t.submitted_at > ${at} - interval '24 hours') AS "awaitingReview",
            (SELECT count(*)::int FROM flags f JOIN couples c ON c.id = f.couple_id
              WHERE c.counselor_id = u.id AND c.status = 'active' AND f.acknowledged_at IS NULL) AS "openFlags"
          FROM users u
          JOIN practices p ON p.id = u.practice_id
          LEFT JOIN notification_preferences np ON np.user_id = u.id
          WHERE u.role = 'counselor' AND NOT u.disabled AND u.password_hash IS NOT NULL
            AND coalesce(np.email_reminders, true)
            AND ${dueNow(localTs, sql`coalesce(np.reminder_minute, ${DEFAULT_COUNSELOR_DIGEST_MINUTE})`)}
            AND NOT EXISTS (SELECT 1 FROM email_deliveries d WHERE d.idempotency_key = 'digest:' || u.id || ':' || to_char(${localTs}, 'YYYY-MM-DD'))
        ) candidates
        WHERE "sessionsToday" > 0`,
  );
}
