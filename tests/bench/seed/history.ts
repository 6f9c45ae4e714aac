import type { Database } from "@/db/client";
import type { Expansion } from "./expand";
import type { SeedPlan } from "./plan";
import { benchId } from "./random";
import type { Progress } from "./sql";
import { insertRecords, run } from "./sql";
import { USER_AGENTS } from "./words";

/**
 * Everything around the homework: sessions and the counselor's notes, sign-ins, in-app
 * notifications, reminder emails and the audit trail, each shaped like the rows the
 * services write (same actions, entity types and details keys).
 */
export async function insertSessions(db: Database, plan: SeedPlan, progress: Progress): Promise<void> {
  const sessions = plan.couples.flatMap((couple) => couple.sessions.map((session) => ({ couple, session })));
  await progress.step("session_records", () =>
    insertRecords(
      db,
      "session_records",
      {
        id: "uuid",
        couple_id: "uuid",
        counselor_id: "uuid",
        scheduled_at: "timestamptz",
        duration_minutes: "int",
        status: "session_status",
        agenda: "jsonb",
        version: "int",
        created_at: "timestamptz",
        updated_at: "timestamptz",
      },
      sessions.map(({ couple, session }) => ({
        id: session.id,
        couple_id: couple.id,
        counselor_id: couple.counselorId,
        scheduled_at: session.scheduledAt,
        duration_minutes: 50,
        status: session.status,
        agenda: session.agenda,
        version: session.version,
        created_at: session.createdAt,
        updated_at: session.updatedAt,
      })),
    ),
  );
  await progress.step("session_notes", () =>
    insertRecords(
      db,
      "session_notes",
      { id: "uuid", session_id: "uuid", couple_id: "uuid", author_id: "uuid", body: "text", version: "int", created_at: "timestamptz", updated_at: "timestamptz" },
      sessions.flatMap(({ couple, session }) =>
        session.note
          ? [{ id: session.note.id, session_id: session.id, couple_id: couple.id, author_id: couple.counselorId, body: session.note.body, version: session.note.version, created_at: session.note.createdAt, updated_at: session.note.updatedAt }]
          : [],
      ),
    ),
  );
}

/** People the audit and sign-in history need that the SQL side has no table for yet. */
async function loadPeople(db: Database, plan: SeedPlan, seed: number): Promise<void> {
  await run(
    db,
    "CREATE TEMP TABLE bench_staff (user_id uuid PRIMARY KEY, role user_role, practice_id uuid, admin_id uuid, time_zone text, created_at timestamptz, couple_ids jsonb)",
    "CREATE TEMP TABLE bench_person (user_id uuid PRIMARY KEY, couple_id uuid, invitation_id uuid, accepted_at timestamptz, policy text, partner_ids jsonb)",
  );
  const practiceZone = new Map(plan.practices.map((practice) => [practice.id, practice.timeZone]));
  const adminOf = new Map(plan.staff.filter((member) => member.role === "admin").map((member) => [member.practiceId, member.id]));
  await insertRecords(
    db,
    "bench_staff",
    { user_id: "uuid", role: "user_role", practice_id: "uuid", admin_id: "uuid", time_zone: "text", created_at: "timestamptz", couple_ids: "jsonb" },
    plan.staff.map((member) => ({
      user_id: member.id,
      role: member.role,
      practice_id: member.practiceId,
      admin_id: adminOf.get(member.practiceId),
      time_zone: practiceZone.get(member.practiceId),
      created_at: member.createdAt,
      couple_ids: plan.couples.filter((couple) => couple.counselorId === member.id).map((couple) => couple.id),
    })),
  );
  await insertRecords(
    db,
    "bench_person",
    { user_id: "uuid", couple_id: "uuid", invitation_id: "uuid", accepted_at: "timestamptz", policy: "text", partner_ids: "jsonb" },
    plan.couples.flatMap((couple) =>
      couple.partners.map((partner) => ({
        user_id: partner.id,
        couple_id: couple.id,
        invitation_id: benchId(seed, "invitation", partner.email),
        accepted_at: partner.acceptedAt,
        policy: couple.secretsPolicy,
        partner_ids: couple.partners.map((member) => member.id),
      })),
    ),
  );
}

/**
 * Sign-ins: a partner signs in on each day they did any homework (the 30-minute idle limit
 * ends yesterday's sign-in), a counselor every weekday morning, an admin on Mondays.
 * Each is a user_sessions row, closed when idle unless it is still fresh.
 */
async function insertSignIns(db: Database, x: Expansion, progress: Progress): Promise<void> {
  const { now } = x;
  await run(
    db,
    `CREATE TEMP TABLE bench_login AS
     SELECT ${x.id("user_session", "author_id::text || ':' || local_day::text")} AS session_id, author_id AS user_id, 'partner'::user_role AS role, couple_id,
       signed_in_at, last_at, task_ids
     FROM (
       SELECT author_id, couple_id, (acted_at AT TIME ZONE time_zone)::date AS local_day,
         min(least(coalesce(first_saved_at, acted_at), acted_at)) - interval '3 minutes' AS signed_in_at,
         max(acted_at) AS last_at, array_agg(task_id ORDER BY due_on) AS task_ids
       FROM bench_part WHERE acted_at IS NOT NULL
       GROUP BY author_id, couple_id, (acted_at AT TIME ZONE time_zone)::date
     ) visits
     UNION ALL
     SELECT ${x.id("user_session", "s.user_id::text || ':' || d::date::text")}, s.user_id, s.role, NULL,
       signed_in_at, signed_in_at + interval '45 minutes', NULL
     FROM bench_staff s
     CROSS JOIN LATERAL generate_series(((${now} AT TIME ZONE s.time_zone)::date - ${x.days})::timestamp, (${now} AT TIME ZONE s.time_zone)::date::timestamp, interval '1 day') AS d
     CROSS JOIN LATERAL (SELECT (d::date + time '08:00' + ${x.hours(`1.5 * ${x.u("staff_login", "s.user_id::text || d::date::text")}`)}) AT TIME ZONE s.time_zone AS signed_in_at) login
     WHERE d::date >= (s.created_at AT TIME ZONE s.time_zone)::date + 1 AND login.signed_in_at < ${now}
       AND (CASE WHEN s.role = 'admin' THEN extract(isodow FROM d) = 1 ELSE extract(isodow FROM d) < 6 END)`,
    "ANALYZE bench_login",
  );
  await progress.step("user_sessions", () =>
    run(
      db,
      `INSERT INTO user_sessions (id, user_id, created_at, revoked_at, revoked_reason, ip_address, user_agent, last_active_at, mfa_verified_at)
       SELECT session_id, user_id, signed_in_at,
         CASE WHEN last_at + idle < ${now} THEN last_at + idle END,
         CASE WHEN last_at + idle < ${now} THEN CASE WHEN ${x.u("sign_out", "session_id::text")} < 0.2 THEN 'signed_out' ELSE 'idle' END END,
         NULL, (ARRAY[${USER_AGENTS.map((agent) => `'${agent}'`).join(", ")}])[1 + abs(hashtext(user_id::text)) % ${USER_AGENTS.length}],
         last_at, CASE WHEN role <> 'partner' THEN signed_in_at + interval '40 seconds' END
       FROM bench_login
       -- The idle limits of IDLE_TIMEOUT_PARTNER_MINUTES and IDLE_TIMEOUT_STAFF_MINUTES.
       CROSS JOIN LATERAL (SELECT CASE WHEN role = 'partner' THEN interval '30 minutes' ELSE interval '15 minutes' END AS idle) limits
       ORDER BY signed_in_at`,
    ),
  );
  await run(
    db,
    `UPDATE users u SET last_login_at = l.last_login FROM (SELECT user_id, max(signed_in_at) AS last_login FROM bench_login GROUP BY user_id) l WHERE u.id = l.user_id`,
    `UPDATE user_totp t SET last_used_step = floor(extract(epoch FROM l.verified) / 30)::bigint
     FROM (SELECT user_id, max(signed_in_at + interval '40 seconds') AS verified FROM bench_login WHERE role <> 'partner' GROUP BY user_id) l WHERE t.user_id = l.user_id`,
  );
}

/**
 * In-app notifications the services would have written: homework assigned (to its
 * partners), submissions and safety flags (to the counselor, one unread row per couple
 * that grows, read ones left behind week by week), shares, releases and share requests.
 */
async function insertNotifications(db: Database, x: Expansion, progress: Progress): Promise<void> {
  const { now } = x;
  const readAfter = (at: string, key: string, hours: string, share: number) =>
    `CASE WHEN ${x.u("read", key)} < ${share} AND ${at} + ${x.hours(hours)} < ${now} THEN ${at} + ${x.hours(hours)} END`;
  await progress.step("notifications", () =>
    run(
      db,
      `INSERT INTO notifications (id, user_id, kind, couple_id, subject_id, count, created_at, read_at)
       SELECT ${x.id("notification", "'assigned:' || a.assignment_id::text || s.author_id::text")}, s.author_id, 'task_assigned', a.couple_id, a.assignment_id, 1, a.created_at,
         ${readAfter("a.created_at", "a.assignment_id::text || s.author_id::text", `2 + 40 * ${x.u("read_at", "a.assignment_id::text || s.author_id::text")}`, 0.85)}
       FROM bench_assignment a JOIN (SELECT DISTINCT assignment_id, author_id FROM bench_assignee) s ON s.assignment_id = a.assignment_id`,
      // Counselors read the week's submissions before the next session; this week's row is still unread.
      `INSERT INTO notifications (id, user_id, kind, couple_id, subject_id, count, created_at, read_at)
       SELECT ${x.id("notification", "'submitted:' || couple_id::text || week::text")}, counselor_id, 'partner_submitted', couple_id, latest_task, n, latest_at,
         CASE WHEN week + interval '7 days' < ${now} THEN least(${now}, latest_at + interval '20 hours') END
       FROM (
         SELECT couple_id, counselor_id, date_trunc('week', acted_at) AS week, count(*)::int AS n, max(acted_at) AS latest_at,
           (array_agg(task_id ORDER BY acted_at DESC))[1] AS latest_task
         FROM bench_part WHERE outcome IN ('submitted', 'late')
         GROUP BY couple_id, counselor_id, date_trunc('week', acted_at)
       ) weeks`,
      `INSERT INTO notifications (id, user_id, kind, couple_id, subject_id, count, created_at, read_at)
       SELECT ${x.id("notification", "'flag:' || f.id::text")}, c.counselor_id, 'safety_flags'::notification_kind, f.couple_id, NULL::uuid, 1, f.raised_at, f.acknowledged_at
       FROM flags f JOIN couples c ON c.id = f.couple_id WHERE f.acknowledged_at IS NOT NULL
       UNION ALL
       SELECT ${x.id("notification", "'flags:' || f.couple_id::text")}, c.counselor_id, 'safety_flags'::notification_kind, f.couple_id, NULL::uuid, count(*)::int, max(f.raised_at), NULL
       FROM flags f JOIN couples c ON c.id = f.couple_id WHERE f.acknowledged_at IS NULL GROUP BY f.couple_id, c.counselor_id`,
      // Stopping a share deletes its unread notification; a read one stays.
      `INSERT INTO notifications (id, user_id, kind, couple_id, subject_id, count, created_at, read_at)
       SELECT ${x.id("notification", "'disclosure:' || d.id::text")}, m.other_id,
         (CASE d.kind WHEN 'author_share' THEN 'partner_shared' ELSE 'counselor_released' END)::notification_kind, r.couple_id, d.id, 1, d.created_at, read_at
       FROM disclosures d JOIN responses r ON r.id = d.response_id JOIN bench_member m ON m.user_id = r.author_id
       CROSS JOIN LATERAL (SELECT ${readAfter("d.created_at", "d.id::text", `1 + 20 * ${x.u("read_at", "d.id::text")}`, 0.8)} AS read_at) seen
       WHERE d.withdrawn_at IS NULL OR seen.read_at IS NOT NULL`,
      `INSERT INTO notifications (id, user_id, kind, couple_id, subject_id, count, created_at, read_at)
       SELECT ${x.id("notification", "'request:' || q.id::text")}, r.author_id, 'share_requested', r.couple_id, q.id, 1, q.created_at,
         ${readAfter("q.created_at", "q.id::text", "3", 0.9)}
       FROM share_requests q JOIN responses r ON r.id = q.response_id`,
    ),
  );
}

/**
 * Reminder emails already sent: a partner with homework due that day and not started by
 * their reminder time got one (key reminder:<user>:<local date>), unless they turned
 * reminders off; counselors got a digest on days they had a session. Today's are left
 * for the reminder job.
 */
async function insertReminderEmails(db: Database, x: Expansion, progress: Progress): Promise<void> {
  await progress.step("email_deliveries (reminders)", () =>
    run(
      db,
      `INSERT INTO email_deliveries (id, idempotency_key, user_id, template, status, payload, attempts, claimed_at, created_at, sent_at)
       SELECT ${x.id("email", "'reminder:' || author_id::text || ':' || due_on::text")}, 'reminder:' || author_id::text || ':' || due_on::text, author_id,
         'reminder', 'sent', NULL, 1, remind_at + interval '2 seconds', remind_at, remind_at + interval '4 seconds'
       FROM (
         SELECT p.author_id, p.due_on, min((p.due_on + make_interval(mins => coalesce(np.reminder_minute, 1080))) AT TIME ZONE p.time_zone) AS remind_at,
           bool_or(coalesce(least(p.first_saved_at, p.acted_at), p.acted_at) IS NULL
             OR coalesce(least(p.first_saved_at, p.acted_at), p.acted_at) > (p.due_on + make_interval(mins => coalesce(np.reminder_minute, 1080))) AT TIME ZONE p.time_zone) AS waiting
         FROM bench_part p LEFT JOIN notification_preferences np ON np.user_id = p.author_id
         WHERE p.due_on < (${x.now} AT TIME ZONE p.time_zone)::date AND coalesce(np.email_reminders, true)
         GROUP BY p.author_id, p.due_on
       ) days
       WHERE waiting
       ORDER BY remind_at`,
      `INSERT INTO email_deliveries (id, idempotency_key, user_id, template, status, payload, attempts, claimed_at, created_at, sent_at)
       SELECT ${x.id("email", "'digest:' || counselor_id::text || ':' || local_day::text")}, 'digest:' || counselor_id::text || ':' || local_day::text, counselor_id,
         'counselor_digest', 'sent', NULL, 1, digest_at + interval '2 seconds', digest_at, digest_at + interval '4 seconds'
       FROM (
         SELECT DISTINCT s.counselor_id, (s.scheduled_at AT TIME ZONE st.time_zone)::date AS local_day,
           ((s.scheduled_at AT TIME ZONE st.time_zone)::date + time '07:30') AT TIME ZONE st.time_zone AS digest_at
         FROM session_records s JOIN bench_staff st ON st.user_id = s.counselor_id
         WHERE s.status <> 'cancelled' AND (s.scheduled_at AT TIME ZONE st.time_zone)::date < (${x.now} AT TIME ZONE st.time_zone)::date
       ) days`,
    ),
  );
}

/**
 * The audit trail, written in one ordered statement so ids rise with time as they do in a
 * real trail (append-only: only ever inserted). Per submitted task: the sign-in that day,
 * Today, the task page and the submit; plus every other action the services audit.
 */
async function insertAudit(db: Database, x: Expansion, progress: Progress): Promise<void> {
  const { now } = x;
  const submitted = "p.outcome IN ('submitted', 'late')";
  const sources = [
    // Counselors: couples, homework, sessions, notes, flags, releases and requests.
    `SELECT c.created_at, c.counselor_id, 'counselor'::user_role, 'couple.create', 'couple', c.couple_id::text, c.couple_id, jsonb_build_object('partnerIds', pp.partner_ids), 'couple:' || c.couple_id::text
     FROM bench_couple c JOIN (SELECT DISTINCT ON (couple_id) couple_id, partner_ids FROM bench_person ORDER BY couple_id) pp ON pp.couple_id = c.couple_id`,
    `SELECT a.created_at, c.counselor_id, 'counselor', 'assignment.create', 'assignment', a.assignment_id::text, a.couple_id,
       jsonb_build_object('templateVersionId', a.template_version_id, 'audience', a.audience, 'schedule', a.schedule_kind), 'assign:' || a.assignment_id::text
     FROM bench_assignment a JOIN bench_couple c ON c.couple_id = a.couple_id`,
    `SELECT a.ended_at, c.counselor_id, 'counselor', 'assignment.end', 'assignment', a.assignment_id::text, a.couple_id, jsonb_build_object('removedFutureTasks', 0), 'end:' || a.assignment_id::text
     FROM bench_assignment a JOIN bench_couple c ON c.couple_id = a.couple_id WHERE a.status = 'ended'`,
    `SELECT s.created_at, s.counselor_id, 'counselor', 'session.schedule', 'session', s.id::text, s.couple_id, NULL::jsonb, 'schedule:' || s.id::text FROM session_records s`,
    `SELECT s.scheduled_at - interval '20 minutes', s.counselor_id, 'counselor', 'prep.read', 'couple', s.couple_id::text, s.couple_id, NULL, 'prep:' || s.id::text
     FROM session_records s WHERE s.status = 'held'`,
    `SELECT n.created_at + make_interval(mins => 15 * (i - 1)), n.author_id, 'counselor', 'session_note.save', 'session', n.session_id::text, n.couple_id, NULL, 'note:' || n.id::text || ':' || i
     FROM session_notes n CROSS JOIN LATERAL generate_series(1, n.version) AS i`,
    `SELECT f.acknowledged_at, f.acknowledged_by_id, 'counselor', 'flag.acknowledge', 'flag', f.id::text, f.couple_id, NULL, 'ack:' || f.id::text
     FROM flags f WHERE f.acknowledged_at IS NOT NULL`,
    `SELECT d.created_at, d.actor_id, (CASE d.kind WHEN 'author_share' THEN 'partner' ELSE 'counselor' END)::user_role,
       CASE d.kind WHEN 'author_share' THEN 'response.share' ELSE 'response.release' END, 'disclosure', d.id::text, r.couple_id,
       jsonb_build_object('responseId', d.response_id, 'fieldKey', d.field_key, 'responseVersion', d.response_version), 'disclose:' || d.id::text
     FROM disclosures d JOIN responses r ON r.id = d.response_id`,
    `SELECT d.withdrawn_at, d.actor_id, 'partner', 'response.unshare', 'disclosure', d.id::text, r.couple_id,
       jsonb_build_object('responseId', d.response_id, 'fieldKey', d.field_key), 'unshare:' || d.id::text
     FROM disclosures d JOIN responses r ON r.id = d.response_id WHERE d.withdrawn_at IS NOT NULL`,
    `SELECT q.created_at, q.requested_by_id, 'counselor', 'share_request.open', 'share_request', q.id::text, r.couple_id,
       jsonb_build_object('responseId', q.response_id, 'fieldKey', q.field_key), 'request:' || q.id::text
     FROM share_requests q JOIN responses r ON r.id = q.response_id`,
    `SELECT q.decided_at, r.author_id, 'partner', 'share_request.decline', 'share_request', q.id::text, r.couple_id, NULL, 'decline:' || q.id::text
     FROM share_requests q JOIN responses r ON r.id = q.response_id WHERE q.status = 'declined'`,
    // Accounts: invitations accepted, the policy read, counselors added by their admin.
    `SELECT p.accepted_at, p.user_id, 'partner', 'invitation.accept', 'user', p.user_id::text, p.couple_id, jsonb_build_object('invitationId', p.invitation_id), 'accept:' || p.user_id::text
     FROM bench_person p`,
    `SELECT p.accepted_at + interval '2 minutes', p.user_id, 'partner', 'consent.accept', 'couple', p.couple_id::text, p.couple_id,
       jsonb_build_object('policy', p.policy, 'policyVersion', 1, 'wordingId', NULL::uuid), 'consent:' || p.user_id::text
     FROM bench_person p`,
    `SELECT s.created_at, s.admin_id, 'admin', 'practice.counselor_created', 'user', s.user_id::text, NULL, NULL, 'created:' || s.user_id::text
     FROM bench_staff s WHERE s.role = 'counselor'`,
    // Sign-ins; staff pass the code step; a counselor's morning starts at the caseload.
    `SELECT l.signed_in_at, l.user_id, l.role, 'auth.login', 'user', l.user_id::text, NULL, jsonb_build_object('sessionId', l.session_id), 'login:' || l.session_id::text
     FROM bench_login l`,
    `SELECT l.signed_in_at + interval '40 seconds', l.user_id, l.role, 'mfa.verified', 'user', l.user_id::text, NULL,
       jsonb_build_object('sessionId', l.session_id, 'method', 'totp'), 'mfa:' || l.session_id::text
     FROM bench_login l WHERE l.role <> 'partner'`,
    `SELECT l.signed_in_at + interval '1 minute', l.user_id, l.role, 'caseload.read', 'couple', NULL, NULL, jsonb_build_object('coupleIds', s.couple_ids), 'caseload:' || l.session_id::text
     FROM bench_login l JOIN bench_staff s ON s.user_id = l.user_id WHERE l.role = 'counselor'`,
    `SELECT l.signed_in_at + interval '30 seconds', l.user_id, 'partner', 'today.read', 'task', NULL, l.couple_id, jsonb_build_object('taskIds', to_jsonb(l.task_ids)), 'today:' || l.session_id::text
     FROM bench_login l WHERE l.role = 'partner'`,
    // Partners: the task page, then submit, skip or amend.
    `SELECT coalesce(p.first_saved_at, p.acted_at) - interval '2 minutes', p.author_id, 'partner', 'task.read', 'task', p.task_id::text, p.couple_id, NULL, 'read:' || p.task_id::text || p.author_id::text
     FROM bench_part p WHERE p.acted_at IS NOT NULL`,
    `SELECT p.acted_at, p.author_id, 'partner', 'response.submit', 'response', p.response_id::text, p.couple_id,
       jsonb_build_object('taskId', p.task_id, 'version', greatest(p.saves, 1) + 1, 'late', p.outcome = 'late'), 'submit:' || p.response_id::text
     FROM bench_part p WHERE ${submitted}`,
    `SELECT p.amended_at, p.author_id, 'partner', 'response.amend', 'response', p.response_id::text, p.couple_id,
       jsonb_build_object('taskId', p.task_id, 'version', greatest(p.saves, 1) + 2), 'amend:' || p.response_id::text
     FROM bench_part p WHERE ${submitted} AND p.amended_at IS NOT NULL`,
    `SELECT p.acted_at, p.author_id, 'partner', 'task.skip', 'task', p.task_id::text, p.couple_id, jsonb_build_object('reason', p.skip_reason), 'skip:' || p.task_id::text
     FROM bench_part p WHERE p.outcome = 'skipped'`,
  ];
  await progress.step("audit_events", () =>
    run(
      db,
      `INSERT INTO audit_events (occurred_at, actor_id, actor_role, action, entity_type, entity_id, couple_id, outcome, request_id, ip_address, user_agent, details)
       SELECT occurred_at, actor_id, actor_role, action, entity_type, entity_id, couple_id, 'success', ${x.id("request", "k")}::text, NULL,
         (ARRAY[${USER_AGENTS.map((agent) => `'${agent}'`).join(", ")}])[1 + abs(hashtext(actor_id::text)) % ${USER_AGENTS.length}], details
       FROM (${sources.map((source) => `(${source})`).join("\nUNION ALL\n")}) AS events(occurred_at, actor_id, actor_role, action, entity_type, entity_id, couple_id, details, k)
       WHERE occurred_at <= ${now}
       ORDER BY occurred_at`,
    ),
  );
}

export async function insertHistory(db: Database, plan: SeedPlan, x: Expansion, progress: Progress): Promise<void> {
  await loadPeople(db, plan, x.seed);
  await insertSignIns(db, x, progress);
  await insertNotifications(db, x, progress);
  await insertReminderEmails(db, x, progress);
  await insertAudit(db, x, progress);
}
