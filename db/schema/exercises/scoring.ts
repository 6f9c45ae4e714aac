import type { Answers } from "./answers";
import type { SectionAudience, TTemplateDefinition, Variant } from "./definition";
import { scoreRange, type TTemplateField } from "./field-types";
import type { TScore, TScoreItem } from "./scoring-schema";

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

function computeScore(score: TScore, items: TScoreItem[], fieldsByKey: Map<string, TTemplateField>, answers: Answers): ScoreResult {
  let total = 0;
  let answered = 0;
  let low = 0;
  let high = 0;
  for (const item of items) {
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
  const count = items.length;
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

/**
 * The items that score one partner. A score whose items sit in both partners' sections
 * (the definition rules make the two sides match one for one) is a per-partner score:
 * each partner is scored over their own items and any for everyone.
 */
function itemsFor(score: TScore, sectionOf: Map<string, SectionAudience>, variant: Variant | undefined): TScoreItem[] {
  const sides = new Set(score.items.map((item) => sectionOf.get(item.field)));
  if (!sides.has("hp") || !sides.has("ip")) return score.items;
  if (!variant) throw new Error(`score ${score.key} is scored per partner; pass the variant being scored`);
  return score.items.filter((item) => {
    const section = sectionOf.get(item.field);
    return section === "everyone" || section === variant;
  });
}

/** Every score of a measure for one set of (validated) answers, written by the partner filling in `variant`. */
export function computeScores(definition: TTemplateDefinition, answers: Answers, variant?: Variant): ScoreResult[] {
  if (!definition.scoring) return [];
  const fieldsByKey = new Map(definition.sections.flatMap((section) => section.fields.map((field) => [field.key, field] as const)));
  const sectionOf = new Map(definition.sections.flatMap((section) => section.fields.map((field) => [field.key, section.for] as const)));
  return definition.scoring.scores.map((score) => computeScore(score, itemsFor(score, sectionOf, variant), fieldsByKey, answers));
}
