import { eq, sql } from "drizzle-orm";
import { queryRows, type Database } from "../client";
import { responseScores } from "../schema";
import type { TTemplateDefinition } from "../schema/exercises/definition";

export type NewResponseScore = typeof responseScores.$inferInsert;

/** A response's scores always describe its latest revision: an amendment replaces them. */
export async function replaceResponseScores(db: Database, responseId: string, rows: NewResponseScore[]) {
  await db.delete(responseScores).where(eq(responseScores.responseId, responseId));
  if (rows.length > 0) await db.insert(responseScores).values(rows);
}

export interface UnscoredResponseRow {
  response_id: string;
  couple_id: string;
  author_id: string;
  template_id: string;
  due_on: string;
  submitted_at: Date | string;
  audience: string;
  label: string;
  definition: TTemplateDefinition;
  visibility_overrides: Record<string, string>;
  answers: Record<string, unknown> | null;
}

/**
 * Submitted responses to a scored version that have no score rows yet: answers written
 * before scores were stored, or before their exercise gained scoring. One page per call,
 * after a cursor, so responses that can never be scored don't hide the ones behind them.
 */
export async function listUnscoredResponses(db: Database, limit: number, after: { submittedAt: Date; id: string } | null) {
  return queryRows<UnscoredResponseRow>(
    db,
    sql`
    SELECT r.id AS response_id, r.couple_id, r.author_id, v.template_id, t.due_on::text AS due_on, r.submitted_at,
      a.audience::text AS audience, m.label::text AS label, v.definition, a.visibility_overrides,
      (SELECT jsonb_object_agg(f.field_key, f.value) FROM response_fields f WHERE f.response_id = r.id) AS answers
    FROM responses r
    JOIN tasks t ON t.id = r.task_id
    JOIN assignments a ON a.id = t.assignment_id
    JOIN exercise_template_versions v ON v.id = r.template_version_id
    JOIN couple_members m ON m.couple_id = r.couple_id AND m.user_id = r.author_id
    WHERE r.state = 'submitted' AND v.definition ? 'scoring'
      AND NOT EXISTS (SELECT 1 FROM response_scores s WHERE s.response_id = r.id)
      ${after ? sql`AND (r.submitted_at, r.id) > (${after.submittedAt}::timestamptz, ${after.id}::uuid)` : sql``}
    ORDER BY r.submitted_at, r.id
    LIMIT ${limit}`,
  );
}
