import type { Database } from "@/db/client";
import type { Expansion } from "./expand";
import type { Progress } from "./sql";
import { run } from "./sql";
import { ACTIONS_TAKEN } from "./words";

const SUBMITTED = "p.outcome IN ('submitted', 'late')";

/** An author held this release-gated answer back (setReleaseOffer); the same draw decides the field row and the releases. */
const withheld = (x: Expansion) => `${x.u("withhold", "p.response_id::text || f.field_key")} < 0.03`;

/**
 * What submitTask, saveDraft and amendResponse write, per part that has words: the
 * response (version counted the app's way: insert at 1, one bump per later draft save,
 * one for the submit, one per amendment), its field rows at their stored visibility,
 * revision snapshots, measure scores and safety flags, all from the part's answer variant.
 * Written in time order within blocks of couples, like tasks (see LOAD_CHUNK), except the fields.
 */
export async function insertResponses(db: Database, x: Expansion, progress: Progress): Promise<void> {
  const firstVersion = "(greatest(p.saves, 1) + 1)";
  await progress.step("responses", () =>
    run(
      db,
      `INSERT INTO responses (id, task_id, couple_id, author_id, template_version_id, state, version, submit_key, submitted_at, pinned_for_session_at, created_at, updated_at)
       SELECT p.response_id, p.task_id, p.couple_id, p.author_id, p.template_version_id,
         (CASE WHEN ${SUBMITTED} THEN 'submitted' ELSE 'draft' END)::response_state,
         CASE WHEN ${SUBMITTED} THEN ${firstVersion} + (p.amended_at IS NOT NULL)::int ELSE p.saves END,
         CASE WHEN ${SUBMITTED} THEN ${x.id("submit", "p.response_id::text")} END,
         CASE WHEN ${SUBMITTED} THEN p.acted_at END,
         p.pinned_at,
         greatest(p.task_created, CASE WHEN ${SUBMITTED} THEN p.acted_at - make_interval(mins => 4 * p.saves) ELSE p.first_saved_at END),
         coalesce(p.amended_at, p.acted_at)
       FROM bench_part p WHERE p.response_id IS NOT NULL
       ORDER BY p.chunk, 11`,
    ),
  );
  // In response order rather than time order: the primary key is the table's only index,
  // so this keeps its inserts sequential, and a response's fields still sit together on one
  // page while different responses scatter, as in a real database. A few authors hold a
  // release-gated answer back from release (setReleaseOffer).
  await progress.step("response_fields", () =>
    run(
      db,
      `INSERT INTO response_fields (response_id, field_key, visibility, value, updated_at, paired_reveal, release_withdrawn_at)
       SELECT p.response_id, f.field_key, f.visibility, f.value, coalesce(p.amended_at, p.acted_at), f.paired_reveal,
         CASE WHEN f.visibility = 'release_gated' AND ${SUBMITTED} AND ${withheld(x)}
              THEN least(${x.now}, p.acted_at + interval '2 hours') END
       FROM (SELECT * FROM bench_part WHERE response_id IS NOT NULL ORDER BY response_id) p
       JOIN bench_variant_field f ON f.vid = coalesce(p.amended_vid, p.vid)`,
    ),
  );
  await progress.step("response_revisions", () =>
    run(
      db,
      `INSERT INTO response_revisions (id, response_id, version, fields, created_by_id, created_at)
       SELECT id, response_id, version, fields, author_id, created_at FROM (
         SELECT p.chunk, ${x.id("revision", `p.response_id::text || ':1'`)} AS id, p.response_id, ${firstVersion} AS version, v.revision AS fields, p.author_id, p.acted_at AS created_at
         FROM bench_part p JOIN bench_variant v ON v.vid = p.vid
         WHERE ${SUBMITTED}
         UNION ALL
         SELECT p.chunk, ${x.id("revision", `p.response_id::text || ':2'`)}, p.response_id, ${firstVersion} + 1, v.revision, p.author_id, p.amended_at
         FROM bench_part p JOIN bench_variant v ON v.vid = p.amended_vid
         WHERE ${SUBMITTED} AND p.amended_at IS NOT NULL
       ) revisions
       ORDER BY chunk, created_at`,
    ),
  );
  // scored_at is the submission time even after an amendment, as storeScores keeps it.
  await progress.step("response_scores", () =>
    run(
      db,
      `INSERT INTO response_scores (response_id, couple_id, author_id, template_id, score_key, label, value, range_min, range_max, higher_is_better, due_on, scored_at)
       SELECT p.response_id, p.couple_id, p.author_id, p.template_id, s.score_key, s.label, s.value, s.range_min, s.range_max, s.higher_is_better, p.due_on, p.acted_at
       FROM bench_part p JOIN bench_variant_score s ON s.vid = coalesce(p.amended_vid, p.vid)
       WHERE ${SUBMITTED}
       ORDER BY p.chunk, p.acted_at`,
    ),
  );
  // Counselors acknowledge nearly every flag within two days; the newest wait for them.
  const acknowledged = `p.acted_at < ${x.now} - interval '3 days' AND ${x.u("ack", "p.response_id::text || f.rule")} < 0.95`;
  const actions = `(ARRAY[${ACTIONS_TAKEN.map((action) => `'${action.replaceAll("'", "''")}'`).join(", ")}])`;
  await progress.step("flags", () =>
    run(
      db,
      `INSERT INTO flags (id, couple_id, response_id, author_id, field_key, rule, severity, excerpt, raised_at, acknowledged_at, acknowledged_by_id, action_taken)
       SELECT ${x.id("flag", "p.response_id::text || f.rule")}, p.couple_id, p.response_id, p.author_id, f.field_key, f.rule, f.severity, f.excerpt, p.acted_at,
         CASE WHEN ${acknowledged} THEN p.acted_at + ${x.hours(`2 + 40 * ${x.u("ack_at", "p.response_id::text")}`)} END,
         CASE WHEN ${acknowledged} THEN p.counselor_id END,
         CASE WHEN ${acknowledged} THEN ${actions}[1 + floor(${x.u("action", "p.response_id::text")} * ${ACTIONS_TAKEN.length})::int] END
       FROM bench_part p JOIN bench_variant_flag f ON f.vid = p.vid
       WHERE ${SUBMITTED}`,
    ),
  );
}

/**
 * Sharing, as partners and counselors do it: counselors release most release-gated
 * answers once they have gone through them in session (the rest wait, for the prep
 * view's "waiting for release"), authors share a few private answers, and counselors ask
 * for some others, which are declined or still open.
 */
export async function insertSharing(db: Database, x: Expansion, progress: Progress): Promise<void> {
  const version = "(greatest(p.saves, 1) + 1 + (p.amended_at IS NOT NULL)::int)";
  await progress.step("disclosures", () =>
    run(
      db,
      `INSERT INTO disclosures (id, response_id, field_key, kind, actor_id, created_at, withdrawn_at, response_version)
       SELECT ${x.id("release", "p.response_id::text || f.field_key")}, p.response_id, f.field_key, 'counselor_release', p.counselor_id,
         p.acted_at + ${x.hours(`24 + 120 * ${x.u("release_at", "p.response_id::text")}`)}, NULL, ${version}
       FROM bench_part p JOIN bench_variant_field f ON f.vid = coalesce(p.amended_vid, p.vid)
       WHERE p.outcome IN ('submitted', 'late') AND f.visibility = 'release_gated' AND NOT ${withheld(x)}
         AND p.acted_at < ${x.now} - interval '7 days' AND ${x.u("release", "p.response_id::text")} < 0.6`,
      `INSERT INTO disclosures (id, response_id, field_key, kind, actor_id, created_at, withdrawn_at, response_version)
       SELECT ${x.id("share", "p.response_id::text || f.field_key")}, p.response_id, f.field_key, 'author_share', p.author_id,
         p.acted_at + interval '1 hour',
         CASE WHEN ${x.u("unshare", "p.response_id::text || f.field_key")} < 0.1 THEN p.acted_at + interval '2 days' END, ${version}
       FROM bench_part p JOIN bench_variant_field f ON f.vid = coalesce(p.amended_vid, p.vid)
       WHERE p.outcome IN ('submitted', 'late') AND f.visibility = 'counselor_only' AND p.slug NOT LIKE '%-pulse'
         AND p.acted_at < ${x.now} - interval '3 days' AND ${x.u("share", "p.response_id::text || f.field_key")} < 0.08`,
    ),
  );
  await progress.step("share_requests", () =>
    run(
      db,
      `INSERT INTO share_requests (id, response_id, field_key, requested_by_id, status, created_at, decided_at)
       SELECT ${x.id("share_request", "p.response_id::text || f.field_key")}, p.response_id, f.field_key, p.counselor_id,
         (CASE WHEN p.acted_at > ${x.now} - interval '14 days' THEN 'open' ELSE 'declined' END)::share_request_status,
         p.acted_at + interval '2 days',
         CASE WHEN p.acted_at <= ${x.now} - interval '14 days' THEN p.acted_at + interval '3 days' END
       FROM bench_part p JOIN bench_variant_field f ON f.vid = coalesce(p.amended_vid, p.vid)
       WHERE p.outcome IN ('submitted', 'late') AND f.visibility = 'counselor_only' AND p.slug NOT LIKE '%-pulse'
         AND p.acted_at < ${x.now} - interval '2 days'
         AND ${x.u("share", "p.response_id::text || f.field_key")} >= 0.08 AND ${x.u("request", "p.response_id::text || f.field_key")} < 0.03`,
    ),
  );
}
