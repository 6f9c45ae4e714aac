import * as z from "zod";
import { VISIBILITY_CLASSES } from "../_shared/enums";

/**
 * The typed fields a template is made of. Each type carries its own limits and
 * options; `answers.ts` turns a field into the zod schema its answer must satisfy,
 * so forms and the server never keep separate copies of these rules.
 */
export const FIELD_TYPES = [
  "short_text",
  "long_text",
  "scale_0_10",
  "likert_5",
  "likert_7",
  "yes_no",
  "single_select",
  "checklist",
  "date",
  "number",
  "repeatable_list",
  "promise_list",
  "agreement_list",
  "acknowledgement",
] as const;
export type FieldType = (typeof FIELD_TYPES)[number];

/** Types allowed inside a repeatable list item: single values, no nested lists. */
export const ITEM_FIELD_TYPES = [
  "short_text",
  "long_text",
  "scale_0_10",
  "likert_5",
  "likert_7",
  "yes_no",
  "single_select",
  "checklist",
  "date",
  "number",
] as const satisfies readonly FieldType[];

export const LONG_TEXT_MAX = 20_000;
export const SHORT_TEXT_MAX = 500;

export const ZFieldKey = z
  .string({ error: "Give this a key" })
  .regex(/^[a-z][a-z0-9_]{0,62}$/, "Keys use lower-case letters, digits and underscores, and start with a letter");

const ZOptionValue = z
  .string({ error: "Give this option a value" })
  .regex(/^[a-z0-9][a-z0-9_]{0,62}$/, "Option values use lower-case letters, digits and underscores");

const ZLabel = z.string({ error: "Add a label" }).trim().min(1, "Add a label").max(300, "Keep labels to 300 characters or fewer");
const ZHelp = z.string().trim().max(2000, "Keep help text to 2,000 characters or fewer").optional();

export const ZOption = z
  .object({
    value: ZOptionValue,
    label: z.string({ error: "Add option text" }).trim().min(1, "Add option text").max(200, "Keep options to 200 characters or fewer"),
    /** Points this option contributes when the field is scored. */
    score: z.number().finite().optional(),
    /** In a checklist, an option such as "None of these" that can't be ticked with any other. */
    exclusive: z.boolean().optional(),
  })
  .strict();
export type TOption = z.output<typeof ZOption>;

const ZOptions = z
  .array(ZOption)
  .min(2, "Add at least two options")
  .max(40, "Use at most 40 options")
  .superRefine((options, ctx) => {
    const seen = new Set<string>();
    options.forEach((option, index) => {
      if (seen.has(option.value)) ctx.addIssue({ code: "custom", path: [index, "value"], message: `Option value “${option.value}” is used twice` });
      seen.add(option.value);
    });
  });

/** Show a field only once an earlier field is answered (or answered with a given value). */
export const ZShowWhen = z
  .object({
    field: ZFieldKey,
    /** Omitted: any answer. For a checklist, shown when this option is ticked. */
    equals: z.union([z.string(), z.number(), z.boolean()]).optional(),
  })
  .strict();
export type TShowWhen = z.output<typeof ZShowWhen>;

const itemBase = {
  key: ZFieldKey,
  label: ZLabel,
  helpText: ZHelp,
  required: z.boolean().default(false),
};

const ZMaxLength = (ceiling: number, fallback: number) =>
  z.int().min(1, "The limit must be at least 1 character").max(ceiling, `The limit can be at most ${ceiling.toLocaleString("en-US")} characters`).default(fallback);

const ZAnchors = z
  .object({
    low: z.string().trim().max(80, "Keep anchor labels short (80 characters)").default("Not at all"),
    high: z.string().trim().max(80, "Keep anchor labels short (80 characters)").default("Completely"),
  })
  .strict();

const likertLabels = (points: 5 | 7) =>
  z
    .array(z.string().trim().min(1, "Add a label for every point").max(80, "Keep point labels to 80 characters"))
    .length(points, `A ${points}-point scale needs exactly ${points} labels`)
    .optional();

/** The single-value field shapes, shared by top-level fields and list item sub-fields. */
const valueFieldShapes = {
  short_text: { type: z.literal("short_text"), maxLength: ZMaxLength(2000, SHORT_TEXT_MAX), placeholder: z.string().max(120).optional() },
  long_text: { type: z.literal("long_text"), maxLength: ZMaxLength(LONG_TEXT_MAX, LONG_TEXT_MAX) },
  scale_0_10: { type: z.literal("scale_0_10"), anchors: ZAnchors.default({ low: "Not at all", high: "Completely" }) },
  likert_5: { type: z.literal("likert_5"), labels: likertLabels(5) },
  likert_7: { type: z.literal("likert_7"), labels: likertLabels(7) },
  yes_no: { type: z.literal("yes_no") },
  single_select: { type: z.literal("single_select"), options: ZOptions },
  checklist: {
    type: z.literal("checklist"),
    options: ZOptions,
    minSelected: z.int().min(0).max(40).optional(),
    maxSelected: z.int().min(1).max(40).optional(),
  },
  date: { type: z.literal("date"), notAfterToday: z.boolean().default(false) },
  number: {
    type: z.literal("number"),
    min: z.number().finite().optional(),
    max: z.number().finite().optional(),
    integer: z.boolean().default(true),
    unit: z.string().trim().max(30, "Keep units to 30 characters").optional(),
  },
} as const;

export const DEFAULT_LIKERT_LABELS: Record<5 | 7, readonly string[]> = {
  5: ["Strongly disagree", "Disagree", "Neither agree nor disagree", "Agree", "Strongly agree"],
  7: ["Strongly disagree", "Disagree", "Slightly disagree", "Neither agree nor disagree", "Slightly agree", "Agree", "Strongly agree"],
};

const itemObject = <Shape extends z.ZodRawShape>(shape: Shape) => z.object({ ...itemBase, ...shape }).strict();

export const ZItemField = z.discriminatedUnion(
  "type",
  [
    itemObject(valueFieldShapes.short_text),
    itemObject(valueFieldShapes.long_text),
    itemObject(valueFieldShapes.scale_0_10),
    itemObject(valueFieldShapes.likert_5),
    itemObject(valueFieldShapes.likert_7),
    itemObject(valueFieldShapes.yes_no),
    itemObject(valueFieldShapes.single_select),
    itemObject(valueFieldShapes.checklist),
    itemObject(valueFieldShapes.date),
    itemObject(valueFieldShapes.number),
  ],
  { error: "Choose a field type" },
);

const fieldBase = {
  ...itemBase,
  visibility: z.enum(VISIBILITY_CLASSES, { error: "Choose who can see this answer" }),
  /** Links this field to its counterpart in the other partner's variant (paired reveal, discrepancies). */
  pairKey: ZFieldKey.optional(),
  /** Only on `shared` fields with a pair key: each partner sees the other's answer after submitting their own. */
  pairedReveal: z.boolean().default(false),
  showWhen: ZShowWhen.optional(),
};

const ZMaxItems = z.int().min(1, "Allow at least one item").max(100, "Allow at most 100 items").default(20);

const fieldObject = <Shape extends z.ZodRawShape>(shape: Shape) => z.object({ ...fieldBase, ...shape }).strict();

export const ZTemplateField = z.discriminatedUnion(
  "type",
  [
    fieldObject(valueFieldShapes.short_text),
    fieldObject(valueFieldShapes.long_text),
    fieldObject(valueFieldShapes.scale_0_10),
    fieldObject(valueFieldShapes.likert_5),
    fieldObject(valueFieldShapes.likert_7),
    fieldObject(valueFieldShapes.yes_no),
    fieldObject(valueFieldShapes.single_select),
    fieldObject(valueFieldShapes.checklist),
    fieldObject(valueFieldShapes.date),
    fieldObject(valueFieldShapes.number),
    fieldObject({
      type: z.literal("repeatable_list"),
      itemLabel: z.string().trim().min(1, "Name one item, e.g. “Question”").max(60).default("Item"),
      itemFields: z.array(ZItemField).min(1, "A list needs at least one field per item").max(12, "Use at most 12 fields per item"),
      minItems: z.int().min(0).max(100).default(0),
      maxItems: ZMaxItems,
    }),
    fieldObject({ type: z.literal("promise_list"), minItems: z.int().min(0).max(100).default(0), maxItems: ZMaxItems }),
    fieldObject({ type: z.literal("agreement_list"), minItems: z.int().min(0).max(100).default(0), maxItems: ZMaxItems }),
    fieldObject({
      type: z.literal("acknowledgement"),
      statement: z.string({ error: "Write the statement to acknowledge" }).trim().min(1, "Write the statement to acknowledge").max(1000),
    }),
  ],
  { error: "Choose a field type" },
);
export type TTemplateField = z.output<typeof ZTemplateField>;
export type TTemplateFieldInput = z.input<typeof ZTemplateField>;
export type TItemField = z.output<typeof ZItemField>;
export type TValueField = TItemField | Extract<TTemplateField, { type: (typeof ITEM_FIELD_TYPES)[number] }>;

/** The fixed item shapes of the two structured list types. */
export const PROMISE_OWNERS = ["hp", "ip", "both"] as const;
export const PROMISE_STATUSES = ["kept", "partly", "not_kept", "renegotiated"] as const;
export const PROMISE_NOTICED = ["yes", "no", "not_applicable"] as const;
export const AGREEMENT_ORIGINS = ["offered", "requested"] as const;
export const AGREEMENT_STATUSES = ["active", "relaxed", "retired"] as const;

export function isListField(field: TTemplateField): field is Extract<TTemplateField, { type: "repeatable_list" | "promise_list" | "agreement_list" }> {
  return field.type === "repeatable_list" || field.type === "promise_list" || field.type === "agreement_list";
}

/** The inclusive range a scored field's value falls in, or undefined when it cannot be scored. */
export function scoreRange(field: TTemplateField | TItemField): { min: number; max: number } | undefined {
  switch (field.type) {
    case "scale_0_10":
      return { min: 0, max: 10 };
    case "likert_5":
      return { min: 1, max: 5 };
    case "likert_7":
      return { min: 1, max: 7 };
    case "yes_no":
      return { min: 0, max: 1 };
    case "number":
      return field.min !== undefined && field.max !== undefined ? { min: field.min, max: field.max } : undefined;
    case "single_select": {
      const scores = field.options.map((option) => option.score);
      if (scores.some((score) => score === undefined)) return undefined;
      const defined = scores as number[];
      return { min: Math.min(...defined), max: Math.max(...defined) };
    }
    case "short_text":
    case "long_text":
    case "checklist":
    case "date":
    case "acknowledgement":
    case "repeatable_list":
    case "promise_list":
    case "agreement_list":
      return undefined;
  }
}
