import type { Database } from "@/db/client";
import type { Expansion } from "./expand";
import type { Progress } from "./sql";
import { queryAll, run } from "./sql";

/**
 * The SELECT behind bench_part (exported so its plan can be inspected with EXPLAIN). Each
 * step ends in OFFSET 0 so PostgreSQL can't flatten it into the next: flattened, every use
 * of a drawn value would recompute its hash (and the key strings), which made this step
 * ten times slower.
 */
export function partsQuery(x: Expansion): string {
  const { now } = x;
  const early = `CASE schedule_kind WHEN 'daily' THEN 10 WHEN 'weekly' THEN 36 ELSE 168 END`;
  return `WITH base AS (
        SELECT a.assignment_id, a.couple_id, a.template_version_id, a.template_id, a.slug, a.schedule_kind, a.joint, a.levels, a.effort, a.rare_rate,
          s.assignee_id, s.author_id, s.side, m.other_id, m.engagement, m.base, m.slope,
          c.ordinal, c.today, c.start_on, c.counselor_id, c.time_zone,
          d.due_on, dl.due_at, dl.grace_until,
          -- Rolling tasks appear two weeks ahead; the first ones when the homework is assigned.
          greatest(a.created_at, dl.due_at - interval '14 days') AS task_created,
          a.assignment_id::text || ':' || coalesce(s.assignee_id::text, 'joint') || ':' || d.due_on::text AS task_key,
          a.assignment_id::text || ':' || s.author_id::text || ':' || d.due_on::text AS part_key
        FROM bench_assignment a
        CROSS JOIN LATERAL unnest(a.dates) AS d(due_on)
        JOIN bench_assignee s ON s.assignment_id = a.assignment_id
        JOIN bench_member m ON m.user_id = s.author_id
        JOIN bench_couple c ON c.couple_id = a.couple_id
        JOIN bench_deadline dl ON dl.time_zone = c.time_zone AND dl.due_on = d.due_on
        OFFSET 0
      ),
      drawn AS (
        SELECT base.*,
          ${x.u("outcome", "part_key")} AS u_outcome,
          ${x.u("late", "part_key")} AS u_late,
          ${x.u("time", "part_key")} AS u_time,
          ${x.u("rest", "part_key")} AS u_rest,
          ${x.u("rare", "part_key")} AS u_rare,
          ${x.u("pick", "part_key")} AS u_pick,
          ${x.u("saves", "part_key")} AS u_saves,
          ${x.u("extra", "part_key")} AS u_extra,
          -- Day-to-day wobble around the trajectory (roughly normal, sd 0.7 on 0–10): enough that
          -- single answers cross the prep view's 15% trend threshold now and then, not most days.
          (${x.u("n1", "part_key")} + ${x.u("n2", "part_key")} + ${x.u("n3", "part_key")} - 1.5) * 1.4 AS noise,
          least(0.985, engagement * effort) AS p_done,
          ${early} AS early_hours
        FROM base OFFSET 0
      ),
      decided AS (
        SELECT drawn.*,
          CASE
            WHEN due_on > today THEN CASE WHEN schedule_kind <> 'daily' AND u_outcome < 0.06 THEN 'draft' ELSE 'open' END
            WHEN due_on = today THEN CASE WHEN u_outcome < 0.2 THEN 'draft' ELSE 'open' END
            WHEN u_outcome < p_done THEN CASE WHEN u_late < 0.1 AND due_at + interval '44 hours' < ${now} THEN 'late' ELSE 'submitted' END
            WHEN NOT joint AND u_outcome < p_done + (1 - p_done) * 0.4 THEN 'skipped'
            WHEN grace_until > ${now} THEN CASE WHEN u_rest < 0.3 THEN 'draft' ELSE 'open' END
            WHEN u_rest < 0.15 THEN 'missed_draft'
            ELSE 'missed'
          END AS outcome,
          -- The window in which an answer can be given: after the task exists, within the exercise's usual lead time.
          least(greatest(task_created + interval '5 minutes', due_at - ${x.hours("early_hours")}), ${now} - interval '1 hour') AS window_from
        FROM drawn OFFSET 0
      ),
      timed AS (
        SELECT decided.*,
          CASE
            WHEN outcome = 'late' THEN due_at + ${x.hours("1 + u_time * 40")}
            WHEN outcome IN ('submitted', 'skipped') THEN window_from + (due_at - interval '15 minutes' - window_from) * u_time
            WHEN outcome IN ('draft', 'missed_draft') THEN window_from + (least(due_at, ${now}) - window_from) * (0.3 + 0.65 * u_time)
          END AS acted_at,
          CASE WHEN outcome IN ('submitted', 'late') THEN CASE WHEN u_saves < 0.7 THEN 0 ELSE 1 + floor(u_extra * 3)::int END
               WHEN outcome IN ('draft', 'missed_draft') THEN 1 + floor(u_saves * 4)::int
               ELSE 0 END AS saves,
          CASE WHEN outcome IN ('submitted', 'late') AND u_rare < rare_rate THEN 'rare'
               WHEN outcome IN ('submitted', 'late') THEN 'normal'
               WHEN outcome IN ('draft', 'missed_draft') THEN 'draft' END AS variant_kind,
          (due_on - start_on)::float8 / ${x.days} AS progress
        FROM decided OFFSET 0
      )
      SELECT
        ${x.id("task", "task_key")} AS task_id,
        CASE WHEN variant_kind IS NOT NULL THEN ${x.id("response", "part_key")} END AS response_id,
        (t.ordinal - 1) / ${LOAD_CHUNK} AS chunk, t.assignment_id, t.couple_id, t.counselor_id, t.assignee_id, t.author_id, t.other_id, t.side, t.template_version_id, t.template_id, t.slug,
        t.schedule_kind, t.joint, t.due_on, t.due_at, t.grace_until, t.task_created, t.time_zone, t.outcome, t.acted_at, t.saves,
        t.acted_at - make_interval(mins => 3 * greatest(t.saves - 1, 0)) AS first_saved_at,
        CASE WHEN t.outcome IN ('missed', 'missed_draft') THEN least(${now}, t.grace_until + ${x.hours("t.u_rest * 20")}) END AS missed_at,
        CASE WHEN t.outcome = 'skipped' AND t.u_extra > 0.3
             THEN (ARRAY['forgot', 'no_time', 'too_upsetting', 'conflict', 'unclear', 'other'])[1 + floor(t.u_rest * 6)::int]::skip_reason END AS skip_reason,
        b.first_vid + floor(t.u_pick * b.n)::int AS vid,
        -- About one submission in a hundred is amended later the same day: a second revision.
        CASE WHEN t.variant_kind = 'normal' AND t.u_extra < 0.01 AND t.acted_at < ${now} - interval '3 hours'
             THEN b.first_vid + (floor(t.u_pick * b.n)::int + 1) % b.n END AS amended_vid,
        CASE WHEN t.variant_kind = 'normal' AND t.u_extra < 0.01 AND t.acted_at < ${now} - interval '3 hours'
             THEN least(${now} - interval '1 minute', t.acted_at + ${x.hours("1 + t.u_late * 8")}) END AS amended_at,
        CASE WHEN t.variant_kind IS NOT NULL AND t.outcome IN ('submitted', 'late') AND t.u_late > 0.996 THEN t.acted_at + interval '1 minute' END AS pinned_at
      FROM timed t
      LEFT JOIN bench_bucket b ON b.template_version_id = t.template_version_id AND b.side = t.side AND b.kind = t.variant_kind
        AND b.level = CASE WHEN t.variant_kind = 'normal'
          THEN round(greatest(0, least(1, (t.base + t.slope * t.progress + t.noise) / 10)) * (t.levels - 1))::int
          ELSE -1 END`;
}

/**
 * Every occurrence of every assignment, for each partner who answers it (a joint task has
 * two parts, one per partner), with what happened to it decided by hash:
 *
 * - due after today: not started (a few weekly or one-off ones already have a draft);
 * - due today: not started, or a draft in progress;
 * - due before today: submitted with the partner's engagement × the exercise's effort as
 *   probability (about one in ten late, within the 48-hour grace window), else skipped
 *   (individual tasks only), else still open while its grace window lasts, else missed
 *   (some with a draft left behind).
 *
 * Times are drawn inside the windows the app allows: on-time answers before due_at and
 * after the task existed, late ones within grace, nothing after "now". The answer variant
 * follows the partner's score trajectory (base + slope × progress + noise), so the prep
 * charts show real trends. The result, bench_part, is a temporary table every later phase
 * reads; tasks are written from it here.
 */
export async function expandParts(db: Database, x: Expansion, progress: Progress): Promise<number> {
  return progress.step("plan: task parts (temp)", async () => {
    await run(
      db,
      `CREATE TEMP TABLE bench_part AS ${partsQuery(x)}`,
      "ANALYZE bench_part",
    );
    const [row] = await queryAll<{ n: number }>(db, "SELECT count(*)::int AS n FROM bench_part");
    return row?.n ?? 0;
  });
}

/**
 * Big tables are written in time order within blocks of this many couples. Within a block
 * a couple's rows interleave with the others' day by day, so (as in a real database) no
 * two of a couple's tasks share a page and a caseload's couples never do; loaded couple by
 * couple, per-couple reads would look cheaper than they are. Across the whole practice at
 * once, every index would take each insert on a different page and outgrow shared_buffers,
 * which made the 3,000-couple load ten times slower.
 */
export const LOAD_CHUNK = 100;

/** Tasks as the app leaves them: individual ones straight from their part, joint ones settled from both parts. */
export async function insertTasks(db: Database, x: Expansion, progress: Progress): Promise<number> {
  const { now } = x;
  const statusOf = `(CASE WHEN outcome IN ('submitted', 'late') THEN 'submitted' WHEN outcome = 'skipped' THEN 'skipped'
      WHEN outcome IN ('missed', 'missed_draft') THEN 'missed' WHEN outcome = 'draft' THEN 'in_progress' ELSE 'not_started' END)::task_status`;
  return progress.step("tasks", () =>
    run(
      db,
      `INSERT INTO tasks (id, assignment_id, couple_id, assignee_id, due_on, due_at, grace_until, status, submitted_at, is_late, skip_reason, created_at, updated_at)
       SELECT task_id, assignment_id, couple_id, assignee_id, due_on, due_at, grace_until, ${statusOf},
         CASE WHEN outcome IN ('submitted', 'late') THEN acted_at END, outcome = 'late', skip_reason, task_created,
         CASE WHEN outcome IN ('missed', 'missed_draft') THEN missed_at WHEN outcome = 'draft' THEN first_saved_at WHEN outcome = 'open' THEN task_created ELSE acted_at END
       FROM bench_part WHERE NOT joint
       ORDER BY chunk, task_created`,
      // A joint task is submitted once both parts are, in progress while either has words,
      // and missed once its grace window has passed without both (markMissedTasks' rule).
      `INSERT INTO tasks (id, assignment_id, couple_id, assignee_id, due_on, due_at, grace_until, status, submitted_at, is_late, skip_reason, created_at, updated_at)
       SELECT task_id, assignment_id, couple_id, NULL, due_on, due_at, grace_until, status::task_status,
         CASE WHEN status = 'submitted' THEN last_at END, status = 'submitted' AND last_at > due_at, NULL, task_created,
         CASE WHEN status = 'submitted' THEN last_at WHEN status = 'missed' THEN least(${now}, grace_until + interval '6 hours')
              WHEN status = 'in_progress' THEN first_at ELSE task_created END
       FROM (
         SELECT task_id, assignment_id, couple_id, due_on, due_at, grace_until, task_created,
           max(acted_at) FILTER (WHERE outcome IN ('submitted', 'late', 'draft')) AS last_at,
           min(coalesce(first_saved_at, acted_at)) FILTER (WHERE outcome IN ('submitted', 'late', 'draft')) AS first_at,
           CASE WHEN bool_and(outcome IN ('submitted', 'late')) THEN 'submitted'
                WHEN grace_until < ${now} THEN 'missed'
                WHEN bool_or(outcome IN ('submitted', 'late', 'draft')) THEN 'in_progress'
                ELSE 'not_started' END AS status
         FROM bench_part WHERE joint
         GROUP BY task_id, assignment_id, couple_id, due_on, due_at, grace_until, task_created
       ) joint_tasks`,
    ),
  );
}
