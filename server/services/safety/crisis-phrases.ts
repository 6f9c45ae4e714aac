import type { TTemplateDefinition } from "@/db/schema/exercises/definition";
import { isListField, type TItemField, type TTemplateField } from "@/db/schema/exercises/field-types";
import { itemFieldsOf } from "@/db/schema/exercises/answers";

type Severity = "low" | "medium" | "high" | "critical";

/**
 * Words in free text that a counselor must see soon, whatever the exercise: self-harm,
 * intent to harm, violence, crisis wording. Deliberately short and literal: a counselor
 * reads every flag, so precision matters more than catching every phrasing, and the
 * structured safety questions (E01, the check-in) are the primary screen. Reviewed with
 * the clinical lead; extend it here, with a test per phrase.
 */
export const CRISIS_PHRASES: { rule: string; severity: Severity; pattern: RegExp }[] = [
  { rule: "Free text mentions suicide or wanting to die", severity: "critical", pattern: /\b(kill(ing)? myself|end(ing)? (it all|my life)|suicid\w*|want(ed)? to die|better off dead|no reason to live|take my (own )?life)\b/i },
  { rule: "Free text mentions self-harm", severity: "high", pattern: /\b(hurt(ing)? myself|harm(ing)? myself|self[- ]harm\w*|cut(ting)? myself|overdos\w*)\b/i },
  { rule: "Free text mentions intent to harm someone", severity: "critical", pattern: /\b(kill (him|her|them|you)|hurt (him|her|them) (badly|for real)|make (him|her|them) pay)\b/i },
  { rule: "Free text mentions violence or threats at home", severity: "high", pattern: /\b((hit|choked|strangled|shoved|slapped|punched|kicked) me|threaten(ed|s|ing)? to (kill|hurt)|afraid (of|for) my life|(he|she|they) (has|have|had) a (gun|knife|weapon))\b/i },
];

const EXCERPT_RADIUS = 60;

export interface PhraseMatch {
  rule: string;
  severity: Severity;
  fieldKey: string;
  /** A short window around the words, so the counselor can judge without opening the answer. */
  excerpt: string;
}

function excerptAround(text: string, index: number, length: number): string {
  const start = Math.max(0, index - EXCERPT_RADIUS);
  const end = Math.min(text.length, index + length + EXCERPT_RADIUS);
  return `${start > 0 ? "…" : ""}${text.slice(start, end).trim()}${end < text.length ? "…" : ""}`;
}

const isText = (field: TTemplateField | TItemField) => field.type === "short_text" || field.type === "long_text";

/** Every text the author wrote in this response, with the field it belongs to. */
function textsOf(definition: TTemplateDefinition, answers: Record<string, unknown>): { fieldKey: string; text: string }[] {
  const texts: { fieldKey: string; text: string }[] = [];
  for (const field of definition.sections.flatMap((section) => section.fields)) {
    const value = Object.hasOwn(answers, field.key) ? answers[field.key] : undefined;
    if (isText(field) && typeof value === "string") texts.push({ fieldKey: field.key, text: value });
    if (isListField(field) && Array.isArray(value)) {
      const itemTexts = itemFieldsOf(field).filter(isText);
      for (const row of value) {
        if (typeof row !== "object" || row === null) continue;
        for (const item of itemTexts) {
          const text = (row as Record<string, unknown>)[item.key];
          if (typeof text === "string") texts.push({ fieldKey: field.key, text });
        }
      }
    }
  }
  return texts;
}

/** One match per phrase rule and field: the first place the words appear. */
export function findCrisisPhrases(definition: TTemplateDefinition, answers: Record<string, unknown>): PhraseMatch[] {
  const matches: PhraseMatch[] = [];
  const seen = new Set<string>();
  for (const { fieldKey, text } of textsOf(definition, answers)) {
    for (const phrase of CRISIS_PHRASES) {
      const key = `${phrase.rule}|${fieldKey}`;
      if (seen.has(key)) continue;
      const found = phrase.pattern.exec(text);
      if (!found) continue;
      seen.add(key);
      matches.push({ rule: phrase.rule, severity: phrase.severity, fieldKey, excerpt: excerptAround(text, found.index, found[0].length) });
    }
  }
  return matches;
}
