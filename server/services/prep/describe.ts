import { describeValue } from "@/components/answers/describe-answer";
import { itemFieldsOf } from "@/db/schema/exercises/answers";
import { isListField, type TTemplateField } from "@/db/schema/exercises/field-types";
import type { TTemplateDefinition } from "@/db/schema/exercises/definition";

export { fieldsByKey } from "./submitted";

/**
 * An answer as the counselor reads it. A single list row (what a discuss rule on a row
 * matches) reads as its answered parts, "My question: … · How I'd like it answered: …".
 */
export function describeFor(fields: Map<string, TTemplateField>, fieldKey: string, value: unknown): string {
  const field = fields.get(fieldKey);
  if (!field) return typeof value === "string" ? value : JSON.stringify(value);
  if (isListField(field) && value !== null && typeof value === "object" && !Array.isArray(value)) {
    const row = value as Record<string, unknown>;
    return itemFieldsOf(field)
      .filter((item) => row[item.key] !== undefined && row[item.key] !== null && row[item.key] !== "")
      .map((item) => `${item.label}: ${describeValue(item, row[item.key], field.type !== "repeatable_list")}`)
      .join(" · ");
  }
  return describeValue(field, value);
}

/** Stored definitions written before a definition key existed parse without it; read them with its default. */
export function withRuleDefaults(definition: TTemplateDefinition): TTemplateDefinition {
  return { ...definition, discrepancies: definition.discrepancies ?? [], discuss: definition.discuss ?? [] };
}
