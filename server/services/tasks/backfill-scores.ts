import type { Database } from "@/db/client";
import { listUnscoredResponses } from "@/db/queries/scores";
import type { Audience, PartnerLabel } from "@/db/schema/_shared/enums";
import { variantFor, withOverrides } from "@/db/schema/assignments/rules";
import type { VisibilityClass } from "@/db/schema/_shared/enums";
import { storeScores } from "./store-scores";

/**
 * Scores answers submitted before their scores were stored (an upgrade, or an import).
 * Runs at start under the start-up lock; one bounded batch per start, because a
 * response whose score cannot be completed would otherwise be picked up forever.
 */
export async function backfillScores(db: Database, batch = 5_000): Promise<number> {
  const rows = await listUnscoredResponses(db, batch);
  for (const row of rows) {
    const definition = withOverrides(row.definition, row.visibility_overrides as Record<string, VisibilityClass>);
    await storeScores(db, definition, variantFor(row.audience as Audience, row.label as PartnerLabel), row.answers ?? {}, {
      responseId: row.response_id,
      coupleId: row.couple_id,
      authorId: row.author_id,
      templateId: row.template_id,
      dueOn: row.due_on,
      submittedAt: new Date(row.submitted_at),
    });
  }
  return rows.length;
}
