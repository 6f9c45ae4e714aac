import type { Pool } from "pg";
import type { BenchUser } from "./auth";

export interface OpenTask {
  taskId: string;
  partner: BenchUser;
  /** The partner's draft version, 0 when nothing is saved yet. */
  baseVersion: number;
  /** The same person's last submitted answers to this exercise: valid, and what they'd plausibly write again. */
  answers: Record<string, unknown>;
}

export interface Actors {
  partners: BenchUser[];
  /** A partner and one of their own tasks, submitted earlier (opening a task from history). */
  pastTasks: { partner: BenchUser; taskId: string }[];
  /** Tasks due today and still open; autosave and submit each take their own from here. */
  openTasks: OpenTask[];
  counselors: (BenchUser & { coupleIds: string[] })[];
  /** A built-in exercise a counselor can assign (a one-off, so assigning creates at most two tasks). */
  templateId: string;
}

const user = (row: { id: string; role: string; session_version: number }): BenchUser => ({
  id: row.id,
  role: row.role as BenchUser["role"],
  sessionVersion: row.session_version,
});

/** Who the load is made of, drawn from the generated data the same way on every run (ordered by a hash of the id). */
export async function loadActors(pool: Pool, counts: { partners: number; counselors: number; openTasks: number }): Promise<Actors> {
  const partners = await pool.query<{ id: string; role: string; session_version: number }>(
    `SELECT u.id, u.role, u.session_version FROM users u
     JOIN couple_members m ON m.user_id = u.id JOIN couples c ON c.id = m.couple_id AND c.status = 'active'
     WHERE u.role = 'partner' AND u.disabled_at IS NULL AND u.password_hash IS NOT NULL
     ORDER BY md5(u.id::text) LIMIT $1`,
    [counts.partners],
  );
  const pastTasks = await pool.query<{ id: string; role: string; session_version: number; task_id: string }>(
    `SELECT u.id, u.role, u.session_version, t.id AS task_id
     FROM unnest($1::uuid[]) AS p(id) JOIN users u ON u.id = p.id
     CROSS JOIN LATERAL (
       SELECT t.id FROM tasks t WHERE t.assignee_id = u.id AND t.status = 'submitted'
       ORDER BY t.due_on DESC OFFSET 3 LIMIT 1
     ) t`,
    [partners.rows.map((row) => row.id)],
  );
  const open = await pool.query<{ id: string; role: string; session_version: number; task_id: string; version: number | null; answers: Record<string, unknown> }>(
    `SELECT u.id, u.role, u.session_version, t.id AS task_id, r.version, prev.answers
     FROM tasks t
     JOIN couples c ON c.id = t.couple_id AND c.status = 'active'
     JOIN assignments a ON a.id = t.assignment_id AND a.status = 'active'
     JOIN users u ON u.id = t.assignee_id AND u.disabled_at IS NULL
     LEFT JOIN responses r ON r.task_id = t.id AND r.author_id = t.assignee_id
     CROSS JOIN LATERAL (
       SELECT jsonb_object_agg(f.field_key, f.value) AS answers
       FROM (
         SELECT pr.id FROM responses pr
         WHERE pr.author_id = t.assignee_id AND pr.template_version_id = a.template_version_id AND pr.state = 'submitted'
         ORDER BY pr.submitted_at DESC LIMIT 1
       ) last JOIN response_fields f ON f.response_id = last.id AND f.value IS NOT NULL
     ) prev
     WHERE t.status IN ('not_started', 'in_progress')
       AND t.due_on = (now() AT TIME ZONE c.time_zone)::date AND t.grace_until > now()
       AND prev.answers IS NOT NULL
     ORDER BY md5(t.id::text) LIMIT $1`,
    [counts.openTasks],
  );
  const counselors = await pool.query<{ id: string; role: string; session_version: number; couple_ids: string[] }>(
    `SELECT u.id, u.role, u.session_version, array_agg(c.id ORDER BY c.id) AS couple_ids
     FROM users u JOIN couples c ON c.counselor_id = u.id AND c.status = 'active'
     WHERE u.role = 'counselor' AND u.disabled_at IS NULL
     GROUP BY u.id ORDER BY md5(u.id::text) LIMIT $1`,
    [counts.counselors],
  );
  const template = await pool.query<{ id: string }>(
    `SELECT t.id FROM exercise_templates t JOIN exercise_template_versions v ON v.template_id = t.id
     WHERE t.practice_id IS NULL AND t.archived_at IS NULL AND v.definition->>'audience' = 'each'
     ORDER BY t.slug, v.version DESC LIMIT 1`,
  );
  if (partners.rows.length === 0 || counselors.rows.length === 0 || open.rows.length === 0 || !template.rows[0]) {
    throw new Error("The database has no generated data to drive: run `npm run bench:seed` first.");
  }
  return {
    partners: partners.rows.map(user),
    pastTasks: pastTasks.rows.map((row) => ({ partner: user(row), taskId: row.task_id })),
    openTasks: open.rows.map((row) => ({ taskId: row.task_id, partner: user(row), baseVersion: row.version ?? 0, answers: row.answers })),
    counselors: counselors.rows.map((row) => ({ ...user(row), coupleIds: row.couple_ids })),
    templateId: template.rows[0].id,
  };
}
