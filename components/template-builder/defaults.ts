import type { DefaultValues } from "react-hook-form";
import type { VisibilityClass } from "@/db/schema/_shared/enums";
import type { TTemplateDefinition } from "@/db/schema/exercises/definition";
import { DEFAULT_LIKERT_LABELS, LONG_TEXT_MAX, SHORT_TEXT_MAX, type FieldType } from "@/db/schema/exercises/field-types";
import type { BuilderValues, FieldInput, ItemFieldInput, ValueType } from "./types";

/* ------------------------------------------------------------------ keys */

const KEY_MAX = 40;

/** "Trust today?" → "trust_today": a key that satisfies the definition's key rule. */
export function keyFromText(text: string, fallback: string, { digitStart = false } = {}): string {
  const slug = text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "_")
    .replace(/^_+/, "")
    .slice(0, KEY_MAX)
    .replace(/_+$/, "");
  if (!slug) return fallback;
  if (digitStart || /^[a-z]/.test(slug)) return slug;
  return `${fallback}_${slug}`.slice(0, 62);
}

/** `base`, or `base_2`, `base_3`… whichever is not taken yet. */
export function uniqueKey(base: string, taken: Iterable<string>): string {
  const used = new Set(taken);
  if (!used.has(base)) return base;
  for (let n = 2; ; n++) {
    const candidate = `${base.slice(0, 58)}_${n}`;
    if (!used.has(candidate)) return candidate;
  }
}

/** The first `prefix_N` not in use: the placeholder key of a new, unlabelled thing. */
export function placeholderKey(prefix: string, taken: Iterable<string>): string {
  const used = new Set(taken);
  for (let n = 1; ; n++) {
    if (!used.has(`${prefix}_${n}`)) return `${prefix}_${n}`;
  }
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * Whether a key still follows its label (a placeholder, or the label's slug with an
 * optional counter), so it may keep following it. A key someone typed is left alone.
 */
export function keyFollowsText(key: string, text: string, prefix: string, options: { digitStart?: boolean } = {}): boolean {
  if (new RegExp(`^${escape(prefix)}_\\d+$`).test(key)) return true;
  const slug = keyFromText(text, prefix, options);
  return key === slug || new RegExp(`^${escape(slug)}_\\d+$`).test(key);
}

/** Every field key of the definition, in reading order. */
export function fieldKeysOf(sections: BuilderValues["sections"] | undefined): string[] {
  return (sections ?? []).flatMap((section) => (section?.fields ?? []).map((field) => field?.key ?? ""));
}

/* --------------------------------------------------------------- fields */

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;
type ValueSettings = DistributiveOmit<ItemFieldInput, "key" | "label" | "helpText" | "required">;
type FieldSettings = DistributiveOmit<FieldInput, "key" | "label" | "helpText" | "required" | "visibility" | "pairKey" | "pairedReveal" | "showWhen">;

const twoOptions = () => [
  { value: "option_1", label: "Option 1" },
  { value: "option_2", label: "Option 2" },
];

/** The settings a single-value type starts with. */
function valueSettings(type: ValueType): ValueSettings {
  switch (type) {
    case "short_text":
      return { type, maxLength: SHORT_TEXT_MAX, placeholder: "" };
    case "long_text":
      return { type, maxLength: LONG_TEXT_MAX };
    case "scale_0_10":
      return { type, anchors: { low: "Not at all", high: "Completely" } };
    case "likert_5":
    case "likert_7":
    case "yes_no":
      return { type };
    case "single_select":
    case "checklist":
      return { type, options: twoOptions() };
    case "date":
      return { type, notAfterToday: false };
    case "number":
      return { type, integer: true, unit: "" };
  }
}

function fieldSettings(type: FieldType, itemKey: string): FieldSettings {
  if (type === "repeatable_list") return { type, itemLabel: "Item", itemFields: [blankItemField("short_text", itemKey)], minItems: 0, maxItems: 20 };
  if (type === "promise_list" || type === "agreement_list") return { type, minItems: 0, maxItems: 20 };
  if (type === "acknowledgement") return { type, statement: "" };
  return valueSettings(type);
}

export function blankItemField(type: ValueType, key: string): ItemFieldInput {
  return { key, label: "", helpText: "", required: false, ...valueSettings(type) };
}

/** A new field of `type`: empty label, private to its author unless the exercise is joint. */
export function blankField(type: FieldType, key: string, visibility: VisibilityClass): FieldInput {
  return { key, label: "", helpText: "", required: false, visibility, pairedReveal: false, ...fieldSettings(type, "field_1") };
}

/** The visibility a new field gets: joint exercises can only hold shared answers. */
export function defaultVisibility(audience: unknown): VisibilityClass {
  return audience === "together" ? "shared" : "counselor_only";
}

/** Options survive a switch between single choice and checklist. */
function carriedOptions(field: { type?: string; options?: unknown }, type: string) {
  if ((type === "single_select" || type === "checklist") && Array.isArray(field.options) && field.options.length > 0) {
    return { options: field.options as { value: string; label: string; score?: number }[] };
  }
  return {};
}

/** The same question as another type: what it asks and who reads it stay, the settings reset. */
export function convertField(field: FieldInput, type: FieldType): FieldInput {
  const { key, label, helpText, required, visibility, pairKey, pairedReveal, showWhen } = field;
  const kept = { key, label, helpText: helpText ?? "", required: required ?? false, visibility, pairedReveal: pairedReveal ?? false };
  return {
    ...kept,
    ...(pairKey !== undefined ? { pairKey } : {}),
    ...(showWhen !== undefined ? { showWhen } : {}),
    ...fieldSettings(type, "field_1"),
    ...carriedOptions(field, type),
  };
}

export function convertItemField(field: ItemFieldInput, type: ValueType): ItemFieldInput {
  const { key, label, helpText, required } = field;
  return { key, label, helpText: helpText ?? "", required: required ?? false, ...valueSettings(type), ...carriedOptions(field, type) };
}

export function duplicateOf<T extends { key: string }>(field: T, key: string): T {
  return { ...structuredClone(field), key };
}

/* ---------------------------------------------------------- definition */

export function blankSection(key: string): BuilderValues["sections"][number] {
  return { key, title: "", intro: "", for: "everyone", fields: [] };
}

/** Where a new exercise starts: nothing chosen for the counselor, one empty section. */
export function blankDefinition(): DefaultValues<BuilderValues> {
  return {
    schemaVersion: 1,
    title: "",
    summary: "",
    instructions: "",
    estimatedMinutes: 10,
    defaultSchedule: { kind: "once", dueInDays: 7 },
    needsSafetyClearance: false,
    tags: [],
    sections: [blankSection("section_1")],
  };
}

export const DEFAULT_WEEKLY = { kind: "weekly", weekdays: [1], everyWeeks: 1 } as const;

export const LIKERT_DEFAULTS = DEFAULT_LIKERT_LABELS;

function withTextDefaults<T extends { helpText?: string | undefined; type: string }>(field: T): T {
  const filled: T = { ...field, helpText: field.helpText ?? "" };
  if (filled.type === "short_text") Object.assign(filled, { placeholder: (field as { placeholder?: string }).placeholder ?? "" });
  if (filled.type === "number") Object.assign(filled, { unit: (field as { unit?: string }).unit ?? "" });
  return filled;
}

/**
 * A stored definition as form values: optional texts become "" so every text input
 * always has a value of its own (react-hook-form would otherwise fall back to the
 * first load's value at that position after fields move).
 */
export function toFormValues(definition: TTemplateDefinition): BuilderValues {
  return {
    ...structuredClone(definition),
    sections: definition.sections.map((section) => ({
      ...structuredClone(section),
      intro: section.intro ?? "",
      fields: section.fields.map((field) => {
        const filled = withTextDefaults(structuredClone(field));
        if (filled.type === "repeatable_list") filled.itemFields = filled.itemFields.map((item) => withTextDefaults(item));
        return filled;
      }),
    })),
  };
}

function dropEmpty<T extends object>(value: T, keys: readonly string[]): T {
  const copy = { ...value } as Record<string, unknown>;
  for (const key of keys) if (copy[key] === "") delete copy[key];
  return copy as T;
}

const OPTIONAL_TEXTS = ["helpText", "placeholder", "unit"] as const;

/** Saves without the empty optional texts the form keeps for its inputs. */
export function cleanForSave(definition: TTemplateDefinition): TTemplateDefinition {
  return {
    ...definition,
    sections: definition.sections.map((section) => ({
      ...dropEmpty(section, ["intro"]),
      fields: section.fields.map((field) => {
        const cleaned = dropEmpty(field, OPTIONAL_TEXTS);
        if (cleaned.type === "repeatable_list") cleaned.itemFields = cleaned.itemFields.map((item) => dropEmpty(item, OPTIONAL_TEXTS));
        return cleaned;
      }),
    })),
  };
}
