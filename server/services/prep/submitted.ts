import type { TTemplateDefinition } from "@/db/schema/exercises/definition";
import type { TTemplateField } from "@/db/schema/exercises/field-types";

/** One partner's submitted response to one occurrence, as session prep reads it. */
export interface SubmittedAnswers {
  responseId: string;
  /** The variant the author answered. */
  side: "hp" | "ip";
  /** yyyy-mm-dd occurrence date. */
  dueOn: string;
  /** ISO timestamp. */
  submittedAt: string;
  /** Field key -> value (latest revision). */
  answers: Record<string, unknown>;
}

export type Side = SubmittedAnswers["side"];

export function fieldsByKey(definition: TTemplateDefinition): Map<string, TTemplateField> {
  return new Map(definition.sections.flatMap((section) => section.fields.map((field) => [field.key, field] as const)));
}

/** An answer's own property only: a field keyed "constructor" must not find Object.prototype's. */
export function answerOf(submission: SubmittedAnswers, key: string): unknown {
  return Object.hasOwn(submission.answers, key) ? submission.answers[key] : undefined;
}

export function numberOf(value: unknown): number | undefined {
  return typeof value === "number" && Number.isFinite(value) ? value : undefined;
}

/** Newest first: by occurrence, then by submission time. ISO dates compare as text. */
export function newestFirst<T extends { dueOn: string; submittedAt: string }>(a: T, b: T): number {
  if (a.dueOn !== b.dueOn) return a.dueOn < b.dueOn ? 1 : -1;
  return a.submittedAt < b.submittedAt ? 1 : a.submittedAt > b.submittedAt ? -1 : 0;
}

/** An answer in words, for explanations: a choice's label rather than its stored value. */
export function describeValue(field: TTemplateField | undefined, value: unknown): string {
  if (typeof value === "boolean") return value ? "Yes" : "No";
  if (field && (field.type === "single_select" || field.type === "checklist")) {
    const label = field.options.find((option) => option.value === value)?.label;
    if (label) return label;
  }
  return typeof value === "string" || typeof value === "number" ? String(value) : "an answer";
}
