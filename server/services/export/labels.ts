import type { TTemplateDefinition } from "@/db/schema/exercises/definition";
import { VARIANTS } from "@/db/schema/exercises/definition";
import { fieldsForVariant } from "@/db/schema/exercises/answers";

/** Each question's prompt by key, in the order the exercise asks them (both variants). */
export function questionLabels(definition: TTemplateDefinition | undefined): Map<string, { index: number; label: string }> {
  const labels = new Map<string, { index: number; label: string }>();
  const fields = definition ? VARIANTS.flatMap((variant) => fieldsForVariant(definition, variant)) : [];
  fields.forEach((field, index) => {
    if (!labels.has(field.key)) labels.set(field.key, { index, label: field.label });
  });
  return labels;
}

/** Answers as prompt and value, in the exercise's order; keys the definition doesn't know keep their key as prompt. */
export function labelledAnswers(definition: TTemplateDefinition | undefined, values: { key: string; value: unknown }[]) {
  const labels = questionLabels(definition);
  return values
    .filter((entry) => entry.value !== null && entry.value !== undefined && entry.value !== "")
    .map((entry) => ({ key: entry.key, question: labels.get(entry.key)?.label ?? entry.key, value: entry.value, order: labels.get(entry.key)?.index ?? Number.MAX_SAFE_INTEGER }))
    .sort((a, b) => a.order - b.order)
    .map(({ order: _order, ...answer }) => answer);
}
