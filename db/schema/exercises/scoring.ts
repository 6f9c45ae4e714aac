import type { Answers } from "./answers";
import type { TTemplateDefinition } from "./definition";
import { scoreRange, type TTemplateField } from "./field-types";
import type { TScore } from "./scoring-schema";

export interface ScoreResult {
  key: string;
  label: string;
  /** Null until every item of the score is answered: a partial sum would read as a low score. */
  value: number | null;
  answered: number;
  items: number;
  range: { min: number; max: number };
}

function numericAnswer(field: TTemplateField, value: unknown): number | undefined {
  if (field.type === "yes_no") return typeof value === "boolean" ? Number(value) : undefined;
  if (field.type === "single_select") return field.options.find((option) => option.value === value)?.score;
  return typeof value === "number" && Number.isFinite(value) ? value : undefined;
}

function computeScore(score: TScore, fieldsByKey: Map<string, TTemplateField>, answers: Answers): ScoreResult {
  let total = 0;
  let answered = 0;
  let low = 0;
  let high = 0;
  for (const item of score.items) {
    const field = fieldsByKey.get(item.field);
    const range = field && scoreRange(field);
    // The definition schema guarantees both; an unscorable item would be a bug upstream.
    if (!field || !range) throw new Error(`score ${score.key} references unscorable field ${item.field}`);
    low += range.min;
    high += range.max;
    const raw = numericAnswer(field, answers[item.field]);
    if (raw === undefined) continue;
    answered += 1;
    total += item.reverse ? range.min + range.max - raw : raw;
  }
  const count = score.items.length;
  const mean = score.method === "mean";
  return {
    key: score.key,
    label: score.label,
    value: answered === count ? (mean ? total / count : total) : null,
    answered,
    items: count,
    range: mean ? { min: low / count, max: high / count } : { min: low, max: high },
  };
}

/** Every score of a measure for one set of (validated) answers. */
export function computeScores(definition: TTemplateDefinition, answers: Answers): ScoreResult[] {
  if (!definition.scoring) return [];
  const fieldsByKey = new Map(definition.sections.flatMap((section) => section.fields.map((field) => [field.key, field] as const)));
  return definition.scoring.scores.map((score) => computeScore(score, fieldsByKey, answers));
}
