import * as z from "zod";
import { isStorableText, UNSTORABLE_TEXT_MESSAGE } from "../_shared/text";
import type { TTemplateDefinition, Variant } from "./definition";
import {
  isListField,
  AGREEMENT_ORIGINS,
  AGREEMENT_STATUSES,
  PROMISE_NOTICED,
  PROMISE_OWNERS,
  PROMISE_STATUSES,
  type TItemField,
  type TTemplateField,
} from "./field-types";

/**
 * Answers are a flat object keyed by field key. The schema that checks them is
 * derived from the template version, never written by hand: the partner's form
 * resolves with it and the server validates submissions with it.
 *
 * - "draft" mode checks types and limits only, so half-finished work always saves.
 * - "submit" mode also requires required answers and list minimums.
 * Fields hidden by their condition are neither checked nor kept.
 */
export type Answers = Record<string, unknown>;
export type AnswerMode = "draft" | "submit";

export interface AnswerSchemaOptions {
  mode: AnswerMode;
  /** The author's local date (YYYY-MM-DD), for "not after today" dates; skipped when absent. */
  today?: string;
}

export interface VariantSection {
  key: string;
  title: string;
  intro?: string | undefined;
  fields: TTemplateField[];
}

/** The sections and fields one partner fills in, in order. */
export function sectionsForVariant(definition: TTemplateDefinition, variant: Variant): VariantSection[] {
  return definition.sections
    .filter((section) => section.for === "everyone" || section.for === variant)
    .map(({ key, title, intro, fields }) => ({ key, title, intro, fields }));
}

export function fieldsForVariant(definition: TTemplateDefinition, variant: Variant): TTemplateField[] {
  return sectionsForVariant(definition, variant).flatMap((section) => section.fields);
}

/** An answer's own property only: a field keyed "constructor" must not find Object.prototype's. */
export function answerAt(answers: Answers, key: string): unknown {
  return Object.hasOwn(answers, key) ? answers[key] : undefined;
}

function isEmptyValue(value: unknown): boolean {
  if (value === undefined || value === null) return true;
  if (typeof value === "string") return value.trim() === "";
  if (typeof value === "number") return Number.isNaN(value);
  if (Array.isArray(value)) return value.length === 0;
  return false;
}

/** Empty, or a list row whose every answer is empty. Never recurses deeper, whatever it is sent. */
export function isEmptyAnswer(value: unknown): boolean {
  if (value !== null && typeof value === "object" && !Array.isArray(value)) return Object.values(value).every(isEmptyValue);
  return isEmptyValue(value);
}

/** Whether an answer satisfies a field's condition. */
function conditionHolds(field: TTemplateField, value: unknown): boolean {
  if (!field.showWhen || isEmptyAnswer(value)) return false;
  const expected = field.showWhen.equals;
  if (expected === undefined) return value !== false;
  if (Array.isArray(value)) return value.includes(expected);
  return value === expected;
}

/**
 * The fields shown for these answers, in order. A field shows when it has no
 * condition, or when the field it depends on is itself shown and answered as asked,
 * so hiding a question also hides everything that hangs off it.
 */
export function shownFieldKeys(fields: readonly TTemplateField[], answers: Answers): Set<string> {
  const shown = new Set<string>();
  for (const field of fields) {
    if (!field.showWhen || (shown.has(field.showWhen.field) && conditionHolds(field, answerAt(answers, field.showWhen.field)))) shown.add(field.key);
  }
  return shown;
}

const length = (value: unknown) => (typeof value === "string" ? value.length : 0);

function textSchema(max: number) {
  return z
    .string({ error: "Enter text here" })
    .max(max, { error: (issue) => `Keep this to ${max.toLocaleString("en-US")} characters or fewer (it has ${length(issue.input).toLocaleString("en-US")})` })
    .refine(isStorableText, UNSTORABLE_TEXT_MESSAGE);
}

function dateSchema(notAfterToday: boolean, today: string | undefined) {
  const date = z.iso.date({ error: "Enter a date as YYYY-MM-DD" });
  return notAfterToday && today ? date.refine((value) => value <= today, "This date can't be in the future") : date;
}

function integerBetween(min: number, max: number) {
  const message = `Choose a whole number from ${min} to ${max}`;
  return z.int({ error: message }).min(min, message).max(max, message);
}

function optionSchema(values: string[]) {
  return z.string({ error: "Choose one of the options" }).refine((value) => values.includes(value), "Choose one of the options");
}

/** The schema of a single filled-in value; emptiness is handled by the caller. */
function valueSchema(field: TItemField | TTemplateField, today: string | undefined): z.ZodType {
  switch (field.type) {
    case "short_text":
    case "long_text":
      return textSchema(field.maxLength);
    case "scale_0_10":
      return integerBetween(0, 10);
    case "likert_5":
      return integerBetween(1, 5);
    case "likert_7":
      return integerBetween(1, 7);
    case "yes_no":
    case "acknowledgement":
      return z.boolean({ error: "Choose yes or no" });
    case "single_select":
      return optionSchema(field.options.map((option) => option.value));
    case "checklist": {
      const values = field.options.map((option) => option.value);
      let schema = z
        .array(optionSchema(values), { error: "Tick the options that apply" })
        .refine((ticked) => new Set(ticked).size === ticked.length, "Each option can be ticked once");
      const exclusive = field.options.filter((option) => option.exclusive);
      for (const option of exclusive) {
        schema = schema.refine((ticked) => !ticked.includes(option.value) || ticked.length === 1, `“${option.label}” can't be ticked together with other options`);
      }
      if (field.maxSelected !== undefined) {
        const most = field.maxSelected;
        schema = schema.refine((ticked) => ticked.length <= most, `Tick at most ${most}`);
      }
      return schema;
    }
    case "date":
      return dateSchema(field.notAfterToday, today);
    case "number": {
      let schema = z.number({ error: "Enter a number" }).finite("Enter a number");
      if (field.integer) schema = schema.int("Enter a whole number");
      const unit = field.unit ? ` ${field.unit}` : "";
      if (field.min !== undefined) schema = schema.min(field.min, `Enter ${field.min}${unit} or more`);
      if (field.max !== undefined) schema = schema.max(field.max, `Enter ${field.max}${unit} or less`);
      return schema;
    }
    case "repeatable_list":
    case "promise_list":
    case "agreement_list":
      throw new Error(`list field ${field.key} has no single-value schema`);
  }
}

const CHOICE_TYPES = new Set(["single_select", "yes_no", "scale_0_10", "likert_5", "likert_7"]);

function requiredMessage(field: TItemField | TTemplateField): string {
  if (field.type === "acknowledgement") return "Please tick to confirm";
  if (field.type === "checklist") return "Tick at least one option";
  return CHOICE_TYPES.has(field.type) ? "Please choose an answer" : "Please answer this";
}

type Issue = { path: (string | number)[]; message: string };

function collect(result: z.ZodSafeParseResult<unknown>, prefix: (string | number)[], issues: Issue[]) {
  if (result.success) return result.data;
  for (const issue of result.error.issues) issues.push({ path: [...prefix, ...(issue.path as (string | number)[])], message: issue.message });
  return undefined;
}

/** Checks one value (already known to be non-empty) and pushes required/min rules for submit. */
function checkValue(field: TItemField | TTemplateField, value: unknown, at: (string | number)[], options: AnswerSchemaOptions, issues: Issue[]) {
  if (isEmptyAnswer(value) || (field.type === "acknowledgement" && value === false)) {
    if (options.mode === "submit" && field.required) issues.push({ path: at, message: requiredMessage(field) });
    return undefined;
  }
  const parsed = collect(valueSchema(field, options.today).safeParse(value), at, issues);
  if (field.type === "checklist" && options.mode === "submit" && field.minSelected !== undefined && Array.isArray(parsed) && parsed.length < field.minSelected) {
    issues.push({ path: at, message: `Tick at least ${field.minSelected}` });
  }
  return parsed;
}

/** The sub-fields of the two structured list types, expressed as ordinary item fields. */
export const PROMISE_ITEM_FIELDS: TItemField[] = [
  { key: "promise", type: "short_text", label: "Promise", required: true, maxLength: 500 },
  {
    key: "owner",
    type: "single_select",
    label: "Whose promise",
    required: true,
    options: PROMISE_OWNERS.map((value) => ({ value, label: value })),
  },
  { key: "made_on", type: "date", label: "Made on", required: false, notAfterToday: false },
  {
    key: "status",
    type: "single_select",
    label: "This week",
    required: false,
    options: PROMISE_STATUSES.map((value) => ({ value, label: value })),
  },
  {
    key: "noticed",
    type: "single_select",
    label: "Partner noticed",
    required: false,
    options: PROMISE_NOTICED.map((value) => ({ value, label: value })),
  },
  { key: "note", type: "short_text", label: "Note", required: false, maxLength: 1000 },
];

export const AGREEMENT_ITEM_FIELDS: TItemField[] = [
  { key: "item", type: "short_text", label: "Agreement", required: true, maxLength: 500 },
  {
    key: "origin",
    type: "single_select",
    label: "Offered or requested",
    required: true,
    options: AGREEMENT_ORIGINS.map((value) => ({ value, label: value })),
  },
  {
    key: "status",
    type: "single_select",
    label: "Status",
    required: true,
    options: AGREEMENT_STATUSES.map((value) => ({ value, label: value })),
  },
  { key: "review_on", type: "date", label: "Review on", required: false, notAfterToday: false },
];

/** The sub-fields of one item of a list field. */
export function itemFieldsOf(field: Extract<TTemplateField, { type: "repeatable_list" | "promise_list" | "agreement_list" }>): TItemField[] {
  if (field.type === "promise_list") return PROMISE_ITEM_FIELDS;
  if (field.type === "agreement_list") return AGREEMENT_ITEM_FIELDS;
  return field.itemFields;
}

function checkList(
  field: Extract<TTemplateField, { type: "repeatable_list" | "promise_list" | "agreement_list" }>,
  value: unknown,
  options: AnswerSchemaOptions,
  issues: Issue[],
) {
  const at = [field.key];
  if (value !== undefined && value !== null && !Array.isArray(value)) {
    issues.push({ path: at, message: "This should be a list" });
    return undefined;
  }
  // Rows someone added and left blank are dropped rather than reported.
  const rows = (value ?? []).filter((row) => !isEmptyAnswer(row));
  if (rows.length > field.maxItems) issues.push({ path: at, message: `Add at most ${field.maxItems} items` });
  if (options.mode === "submit") {
    const noun = field.type === "promise_list" ? "promise" : field.type === "agreement_list" ? "agreement" : field.itemLabel.toLowerCase();
    if (field.required && rows.length === 0) issues.push({ path: at, message: `Fill in at least one ${noun}` });
    else if (rows.length > 0 && rows.length < field.minItems) issues.push({ path: at, message: `Fill in at least ${field.minItems} of these` });
  }
  const subFields = itemFieldsOf(field);
  const known = new Set(subFields.map((sub) => sub.key));
  const output = rows.map((row: unknown, index) => {
    if (typeof row !== "object" || row === null || Array.isArray(row)) {
      issues.push({ path: [...at, index], message: "Each item should be a set of answers" });
      return {};
    }
    const item: Record<string, unknown> = {};
    for (const key of Object.keys(row)) {
      if (!known.has(key)) issues.push({ path: [...at, index, key], message: `“${key}” is not part of this list` });
    }
    for (const sub of subFields) {
      const parsed = checkValue(sub, answerAt(row as Answers, sub.key), [...at, index, sub.key], options, issues);
      if (parsed !== undefined) item[sub.key] = parsed;
    }
    return item;
  });
  return output.length > 0 ? output : undefined;
}

type AnswerResult = { success: true; data: Answers } | { success: false; issues: Issue[] };

/**
 * Validates and normalises answers to a list of fields (one partner's form): unknown
 * keys are refused, hidden and empty answers are dropped, every issue names the
 * field (and item) it belongs to. Conditions are read from answers already checked,
 * one pass in order, since a field can only depend on an earlier one.
 */
export function validateFieldAnswers(fields: readonly TTemplateField[], answers: unknown, options: AnswerSchemaOptions): AnswerResult {
  const issues: Issue[] = [];
  if (typeof answers !== "object" || answers === null || Array.isArray(answers)) {
    return { success: false, issues: [{ path: [], message: "Answers should be a set of fields" }] };
  }
  const input = answers as Answers;
  const known = new Set(fields.map((field) => field.key));
  for (const key of Object.keys(input)) {
    if (!known.has(key) && input[key] !== undefined) issues.push({ path: [key], message: "This question is not part of this exercise" });
  }
  const data: Answers = {};
  const shown = new Set<string>();
  for (const field of fields) {
    if (field.showWhen && !(shown.has(field.showWhen.field) && conditionHolds(field, answerAt(data, field.showWhen.field)))) continue;
    shown.add(field.key);
    const value = answerAt(input, field.key);
    const parsed = isListField(field) ? checkList(field, value, options, issues) : checkValue(field, value, [field.key], options, issues);
    if (parsed !== undefined) data[field.key] = parsed;
  }
  return issues.length > 0 ? { success: false, issues } : { success: true, data };
}

/** Validates answers to one variant (HP or IP form) of a template version. */
export function validateAnswers(definition: TTemplateDefinition, variant: Variant, answers: unknown, options: AnswerSchemaOptions): AnswerResult {
  return validateFieldAnswers(fieldsForVariant(definition, variant), answers, options);
}

/** The same rules as a zod schema, for react-hook-form's resolver and for tRPC inputs. */
export function answerSchemaFor(fields: readonly TTemplateField[], options: AnswerSchemaOptions) {
  return z.record(z.string(), z.unknown()).transform((answers, ctx) => {
    const result = validateFieldAnswers(fields, answers, options);
    if (result.success) return result.data;
    for (const issue of result.issues) ctx.addIssue({ code: "custom", path: issue.path, message: issue.message, input: answers });
    return z.NEVER;
  });
}

/** Whether a single value would be accepted for a field (used to check conditions in definitions). */
export function isAcceptedValue(field: TItemField | TTemplateField, value: unknown): boolean {
  if (isListField(field as TTemplateField)) return false;
  return valueSchema(field, undefined).safeParse(value).success;
}
