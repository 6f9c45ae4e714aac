import { describeValue } from "@/components/answers/describe-answer";
import { isListField, type TTemplateField } from "@/db/schema/exercises/field-types";
import type { TTemplateDefinition } from "@/db/schema/exercises/definition";

/** Every field of a definition by key, whichever partner's section it is in. */
export function fieldsByKey(definition: TTemplateDefinition): Map<string, TTemplateField> {
  return new Map(definition.sections.flatMap((section) => section.fields.map((field) => [field.key, field] as const)));
}

/** An answer as the counselor reads it; a single list item (a discuss rule on an item) is shown as a one-item list. */
export function describeFor(fields: Map<string, TTemplateField>, fieldKey: string, value: unknown): string {
  const field = fields.get(fieldKey);
  if (!field) return typeof value === "string" ? value : JSON.stringify(value);
  if (isListField(field) && value !== null && typeof value === "object" && !Array.isArray(value)) return describeValue(field, [value]);
  return describeValue(field, value);
}

/** Stored definitions written before a definition key existed parse without it; read them with its default. */
export function withRuleDefaults(definition: TTemplateDefinition): TTemplateDefinition {
  return { ...definition, discrepancies: definition.discrepancies ?? [], discuss: definition.discuss ?? [] };
}
