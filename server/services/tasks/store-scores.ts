import type { Database } from "@/db/client";
import { replaceResponseScores, type NewResponseScore } from "@/db/queries/scores";
import type { Answers } from "@/db/schema/exercises/answers";
import type { TTemplateDefinition, Variant } from "@/db/schema/exercises/definition";
import { computeScores } from "@/db/schema/exercises/scoring";

export interface ScoredResponse {
  responseId: string;
  coupleId: string;
  authorId: string;
  templateId: string;
  dueOn: string;
  submittedAt: Date;
}

/** The score rows of one response: complete scores only (an incomplete one would read as low). */
export function scoreRowsFor(definition: TTemplateDefinition, variant: Variant, answers: Answers, response: ScoredResponse): NewResponseScore[] {
  const declared = new Map((definition.scoring?.scores ?? []).map((score) => [score.key, score]));
  return computeScores(definition, answers, variant).flatMap((score) => {
    const declaration = declared.get(score.key);
    if (score.value === null || !declaration) return [];
    return [
      {
        ...response,
        scoredAt: response.submittedAt,
        scoreKey: score.key,
        label: score.label,
        value: score.value,
        rangeMin: score.range.min,
        rangeMax: score.range.max,
        higherIsBetter: declaration.higherIsBetter,
      },
    ];
  });
}

/** Written in the same transaction as the answers, so a trend never disagrees with what was submitted. */
export async function storeScores(db: Database, definition: TTemplateDefinition, variant: Variant, answers: Answers, response: ScoredResponse) {
  if (!definition.scoring) return;
  await replaceResponseScores(db, response.responseId, scoreRowsFor(definition, variant, answers, response));
}
