import type { Database } from "@/db/client";
import { listUnscoredResponses } from "@/db/queries/scores";
import type { Audience, PartnerLabel } from "@/db/schema/_shared/enums";
import { variantFor, withOverrides } from "@/db/schema/assignments/rules";
import type { VisibilityClass } from "@/db/schema/_shared/enums";
import { storeScores } from "./store-scores";

/**
 * Scores answers submitted before their scores were stored (an upgrade, or an import).
 * Runs at start under the start-up lock, a page at a time behind a cursor: a response
 * whose score can't be completed gets no row and is simply passed over.
 */
export async function backfillScores(db: Database, page = 500): Promise<number> {
  let after: { submittedAt: Date; id: string } | null = null;
  let seen = 0;
  for (;;) {
    const rows = await listUnscoredResponses(db, page, after);
    await scoreRows(db, rows);
    seen += rows.length;
    const last = rows.at(-1);
    if (!last || rows.length < page) return seen;
    after = { submittedAt: new Date(last.submitted_at), id: last.response_id };
  }
}

async function scoreRows(db: Database, rows: Awaited<ReturnType<typeof listUnscoredResponses>>) {
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
}
