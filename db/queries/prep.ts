import { sql, type SQL } from "drizzle-orm";
import { queryRows, type Database } from "../client";
import type { TTemplateDefinition } from "../schema/exercises/definition";
import type { TSchedule } from "../schema/assignments/schedule";
import type { VisibilityClass } from "../schema/_shared/enums";
import type { CaseloadScope } from "./couples";

// The caseload and prep views are a fixed handful of set-based queries, whatever the
// size of a couple's history: each aggregates in SQL across every couple (or every
// task) at once, never one query per couple, task or answer. Times come back as epoch
// milliseconds and dates as text, so both drivers return the same shapes.

const ms = (column: SQL) => sql`(extract(epoch FROM ${column}) * 1000)::float8`;

/** Which couples a query covers: the whole caseload, or one couple already checked to be on it. */
export type CoupleFilter = { caseload: CaseloadScope } | { coupleId: string };

function couplesWhere(filter: CoupleFilter): SQL {
  return "coupleId" in filter
    ? sql`c.id = ${filter.coupleId}`
    : sql`c.counselor_id = ${filter.caseload.counselorId} AND c.practice_id = ${filter.caseload.practiceId}`;
}

/**
 * "Since last session": the last held session, or when the couple started, and that
 * moment's date in the couple's zone. Materialised so it is worked out once per couple,
 * not once per task or score row it is compared with.
 */
const windowCte = (filter: CoupleFilter) => sql`
  win AS MATERIALIZED (
    SELECT couple_id, time_zone, since, (since AT TIME ZONE time_zone)::date AS since_on
    FROM (
      SELECT c.id AS couple_id, c.time_zone,
        coalesce((SELECT max(s.scheduled_at) FROM session_records s WHERE s.couple_id = c.id AND s.status = 'held'), c.created_at) AS since
      FROM couples c WHERE ${couplesWhere(filter)}
    ) latest
  )`;

export interface CoupleFactsRow {
  couple_id: string;
  last_session_ms: number | null;
  next_session_ms: number | null;
  open_flags: number;
  last_activity_ms: number | null;
  held_dates: string[] | null;
}

/** Per couple: last held and next scheduled session, open flag count (never content), newest partner activity. */
export async function listCoupleFacts(db: Database, filter: CoupleFilter, now: Date) {
  return queryRows<CoupleFactsRow>(
    db,
    sql`
    SELECT c.id AS couple_id,
      ${ms(sql`held.last_at`)} AS last_session_ms,
      ${ms(sql`(SELECT min(s.scheduled_at) FROM session_records s WHERE s.couple_id = c.id AND s.status = 'scheduled' AND s.scheduled_at >= ${now}::timestamptz - interval '2 hours')`)} AS next_session_ms,
      (SELECT count(*) FROM flags f WHERE f.couple_id = c.id AND f.acknowledged_at IS NULL)::int AS open_flags,
      ${ms(sql`(SELECT max(r.updated_at) FROM responses r WHERE r.couple_id = c.id)`)} AS last_activity_ms,
      held.held_dates
    FROM couples c
    LEFT JOIN LATERAL (
      SELECT max(s.scheduled_at) AS last_at,
        array_agg(to_char(s.scheduled_at AT TIME ZONE c.time_zone, 'YYYY-MM-DD') ORDER BY s.scheduled_at) AS held_dates
      FROM session_records s WHERE s.couple_id = c.id AND s.status = 'held'
    ) held ON true
    WHERE ${couplesWhere(filter)}`,
  );
}

export interface CompletionRow {
  couple_id: string;
  user_id: string;
  assignment_id: string | null;
  title: string | null;
  schedule_kind: string | null;
  assigned: number;
  completed: number;
  late: number;
  missed: number;
  skipped: number;
  open: number;
  skip_reasons: string[];
  days: { dueOn: string; status: string }[] | null;
}

/**
 * Homework due since the last held session up to today, one row per couple and partner
 * (and per assignment when `byAssignment`). A joint task counts once for each partner,
 * by that partner's own part; a task past its grace window counts as missed even before
 * the lazy marker has run.
 */
export async function listCompletion(db: Database, filter: CoupleFilter, now: Date, options: { byAssignment: boolean }) {
  const perAssignment = options.byAssignment;
  return queryRows<CompletionRow>(
    db,
    sql`
    WITH ${windowCte(filter)},
    parts AS (
      SELECT t.couple_id, t.assignment_id, m.user_id, t.due_on, t.skip_reason,
        CASE
          WHEN (t.assignee_id IS NOT NULL AND t.status = 'submitted') OR r.state = 'submitted'
            THEN CASE WHEN coalesce(r.submitted_at, t.submitted_at) > t.due_at THEN 'late' ELSE 'completed' END
          WHEN t.status = 'skipped' THEN 'skipped'
          WHEN t.status = 'missed' OR t.grace_until < ${now}::timestamptz THEN 'missed'
          ELSE 'open'
        END AS outcome
      FROM win
      -- A task is due at the end of its date in the couple's zone, so one due after the
      -- session falls on or after the session's date (the day before is a safety margin):
      -- the date range walks tasks_couple_due_idx and due_at decides.
      -- OFFSET 0 keeps this per-couple range scan; flattened, the planner reads every
      -- task the couple ever had through couple_members instead (5x slower at 180 days).
      CROSS JOIN LATERAL (
        SELECT * FROM tasks t
        WHERE t.couple_id = win.couple_id AND t.due_at > win.since
          AND t.due_on BETWEEN win.since_on - 1 AND (${now}::timestamptz AT TIME ZONE win.time_zone)::date
        OFFSET 0
      ) t
      JOIN couple_members m ON m.couple_id = t.couple_id AND (t.assignee_id = m.user_id OR t.assignee_id IS NULL)
      LEFT JOIN responses r ON r.task_id = t.id AND r.author_id = m.user_id
    )
    SELECT p.couple_id, p.user_id,
      ${perAssignment ? sql`p.assignment_id, v.definition->>'title' AS title, a.schedule->>'kind' AS schedule_kind,` : sql`NULL AS assignment_id, NULL AS title, NULL AS schedule_kind,`}
      count(*)::int AS assigned,
      count(*) FILTER (WHERE p.outcome = 'completed')::int AS completed,
      count(*) FILTER (WHERE p.outcome = 'late')::int AS late,
      count(*) FILTER (WHERE p.outcome = 'missed')::int AS missed,
      count(*) FILTER (WHERE p.outcome = 'skipped')::int AS skipped,
      count(*) FILTER (WHERE p.outcome = 'open')::int AS open,
      coalesce(array_agg(p.skip_reason::text) FILTER (WHERE p.outcome = 'skipped' AND p.skip_reason IS NOT NULL), '{}') AS skip_reasons,
      ${
        perAssignment
          ? sql`CASE WHEN a.schedule->>'kind' = 'daily' THEN jsonb_agg(jsonb_build_object('dueOn', p.due_on::text, 'status', p.outcome) ORDER BY p.due_on) END AS days`
          : sql`NULL AS days`
      }
    FROM parts p
    ${perAssignment ? sql`JOIN assignments a ON a.id = p.assignment_id JOIN exercise_template_versions v ON v.id = a.template_version_id` : sql``}
    GROUP BY p.couple_id, p.user_id${perAssignment ? sql`, p.assignment_id, v.definition->>'title', a.schedule->>'kind'` : sql``}
    ORDER BY p.couple_id, p.user_id${perAssignment ? sql`, title` : sql``}`,
  );
}

export interface ScorePointRow {
  couple_id: string;
  author_id: string;
  template_id: string;
  score_key: string;
  label: string;
  range_min: number;
  range_max: number;
  higher_is_better: boolean;
  due_on: string;
  value: number;
}

const scoreColumns = sql`s.couple_id, s.author_id, s.template_id, s.score_key, s.label, s.range_min, s.range_max, s.higher_is_better, s.due_on::text AS due_on, s.value`;

/** Every measure score per couple, partner and series, oldest first: the prep view's charts. */
export async function listScorePoints(db: Database, filter: CoupleFilter) {
  return queryRows<ScorePointRow>(
    db,
    sql`
    SELECT ${scoreColumns}
    FROM response_scores s JOIN couples c ON c.id = s.couple_id
    WHERE ${couplesWhere(filter)}
    ORDER BY s.couple_id, s.template_id, s.score_key, s.author_id, s.due_on, s.scored_at`,
  );
}

/**
 * Only what a trend summary needs from each series: the first answer, the newest before
 * the last session, and the newest six. Each series (response_score_series) reads those
 * few rows through the series index, so the caseload costs the same after six months
 * of daily check-ins as after one week.
 */
export async function listScoreSamples(db: Database, filter: CoupleFilter) {
  const sameSeries = sql`s.couple_id = ss.couple_id AND s.author_id = ss.author_id AND s.template_id = ss.template_id AND s.score_key = ss.score_key`;
  return queryRows<ScorePointRow>(
    db,
    sql`
    WITH ${windowCte(filter)}
    SELECT p.couple_id, p.author_id, p.template_id, p.score_key, p.label, p.range_min, p.range_max, p.higher_is_better, p.due_on, p.value
    FROM response_score_series ss
    JOIN win ON win.couple_id = ss.couple_id
    CROSS JOIN LATERAL (
      (SELECT s.response_id, ${scoreColumns}, s.scored_at FROM response_scores s WHERE ${sameSeries}
        ORDER BY s.due_on, s.scored_at LIMIT 1)
      UNION
      (SELECT s.response_id, ${scoreColumns}, s.scored_at FROM response_scores s WHERE ${sameSeries}
        ORDER BY s.due_on DESC, s.scored_at DESC LIMIT 6)
      UNION
      (SELECT s.response_id, ${scoreColumns}, s.scored_at FROM response_scores s WHERE ${sameSeries}
        AND s.due_on < win.since_on
        ORDER BY s.due_on DESC, s.scored_at DESC LIMIT 1)
    ) p
    ORDER BY p.couple_id, p.template_id, p.score_key, p.author_id, p.due_on, p.scored_at`,
  );
}

export interface CoupleAssignmentRow {
  id: string;
  template_id: string;
  version: number;
  definition: TTemplateDefinition;
  schedule: TSchedule;
  visibility_overrides: Record<string, VisibilityClass>;
  audience: string;
  status: string;
}

/** Every assignment of one couple with its frozen version: titles, rules and reference lines. */
export async function listCoupleAssignments(db: Database, coupleId: string) {
  return queryRows<CoupleAssignmentRow>(
    db,
    sql`
    SELECT a.id, v.template_id, v.version, v.definition, a.schedule, a.visibility_overrides, a.audience::text AS audience, a.status::text AS status
    FROM assignments a JOIN exercise_template_versions v ON v.id = a.template_version_id
    WHERE a.couple_id = ${coupleId}
    ORDER BY a.created_at`,
  );
}

export interface WindowAnswerRow {
  response_id: string;
  task_id: string;
  author_id: string;
  assignment_id: string;
  due_on: string;
  submitted_ms: number;
  pinned_ms: number | null;
  /** Due since the last session: rules run on these only; older rows are here because they were pinned. */
  in_window: boolean;
  /** The visibility classes the response holds, so a pin can say it includes private answers. */
  classes: string[] | null;
  answers: Record<string, unknown> | null;
}

/**
 * Submitted answers (latest revision) for the rule-bearing assignments due since the
 * last session, plus anything a partner pinned since then, in one query.
 */
export async function listWindowAnswers(db: Database, coupleId: string, since: Date, ruleAssignmentIds: string[]) {
  const ids = ruleAssignmentIds.length > 0 ? sql`t.assignment_id IN (${sql.join(ruleAssignmentIds.map((id) => sql`${id}::uuid`), sql`, `)})` : sql`false`;
  return queryRows<WindowAnswerRow>(
    db,
    sql`
    SELECT r.id AS response_id, r.task_id, r.author_id, t.assignment_id, t.due_on::text AS due_on,
      ${ms(sql`r.submitted_at`)} AS submitted_ms, ${ms(sql`r.pinned_for_session_at`)} AS pinned_ms,
      (${ids} AND t.due_at > ${since}::timestamptz) AS in_window,
      (SELECT array_agg(DISTINCT f.visibility::text) FROM response_fields f WHERE f.response_id = r.id) AS classes,
      (SELECT jsonb_object_agg(f.field_key, f.value) FROM response_fields f WHERE f.response_id = r.id) AS answers
    FROM responses r JOIN tasks t ON t.id = r.task_id AND t.couple_id = r.couple_id
    WHERE r.couple_id = ${coupleId} AND r.state = 'submitted'
      AND ((${ids} AND t.due_at > ${since}::timestamptz) OR r.pinned_for_session_at > ${since}::timestamptz)
    ORDER BY t.due_on, r.submitted_at`,
  );
}

export interface WaitingRow {
  kind: "release_waiting" | "share_request";
  task_id: string;
  author_id: string;
  assignment_id: string;
  field_key: string;
  at_ms: number;
}

/** Release-gated answers nobody has released (and the author has not held back), and open share requests. */
export async function listWaiting(db: Database, coupleId: string) {
  return queryRows<WaitingRow>(
    db,
    sql`
    SELECT 'release_waiting' AS kind, r.task_id, r.author_id, t.assignment_id, f.field_key, ${ms(sql`r.submitted_at`)} AS at_ms
    FROM response_fields f
    JOIN responses r ON r.id = f.response_id
    JOIN tasks t ON t.id = r.task_id AND t.couple_id = r.couple_id
    WHERE r.couple_id = ${coupleId} AND r.state = 'submitted' AND f.visibility = 'release_gated' AND f.release_withdrawn_at IS NULL
      AND NOT EXISTS (SELECT 1 FROM disclosures d WHERE d.response_id = f.response_id AND d.field_key = f.field_key AND d.withdrawn_at IS NULL)
    UNION ALL
    SELECT 'share_request', r.task_id, r.author_id, t.assignment_id, q.field_key, ${ms(sql`q.created_at`)}
    FROM share_requests q
    JOIN responses r ON r.id = q.response_id
    JOIN tasks t ON t.id = r.task_id AND t.couple_id = r.couple_id
    WHERE r.couple_id = ${coupleId} AND q.status = 'open'
    ORDER BY at_ms DESC
    LIMIT 100`,
  );
}

export interface FlagRow {
  id: string;
  author_id: string;
  rule: string;
  severity: "low" | "medium" | "high" | "critical";
  excerpt: string | null;
  raised_ms: number;
  acknowledged_ms: number | null;
  action_taken: string | null;
  task_id: string | null;
}

/** Flags raised since the last session and every one not yet acknowledged. */
export async function listPrepFlags(db: Database, coupleId: string, since: Date) {
  return queryRows<FlagRow>(
    db,
    sql`
    SELECT f.id, f.author_id, f.rule, f.severity::text AS severity, f.excerpt, ${ms(sql`f.raised_at`)} AS raised_ms,
      ${ms(sql`f.acknowledged_at`)} AS acknowledged_ms, f.action_taken, r.task_id
    FROM flags f LEFT JOIN responses r ON r.id = f.response_id
    WHERE f.couple_id = ${coupleId} AND (f.acknowledged_at IS NULL OR f.raised_at > ${since}::timestamptz)
    ORDER BY f.raised_at DESC
    LIMIT 100`,
  );
}
