import * as z from "zod";
import { AUDIENCES, COUPLE_PHASES } from "../_shared/enums";
import { checkDefinition } from "./definition-rules";
import { ZDiscrepancyRule, ZDiscussRule, ZFlagRule } from "./discrepancy-schema";
import { ZFieldKey, ZTemplateField } from "./field-types";
import { ZScoring } from "./scoring-schema";

export { FIELD_TYPES, ZFieldKey, ZTemplateField } from "./field-types";
export type { FieldType, TTemplateField } from "./field-types";

/** Which partner fills a section in: both, or only the hurt or only the involved partner. */
export const SECTION_AUDIENCES = ["everyone", "hp", "ip"] as const;
export type SectionAudience = (typeof SECTION_AUDIENCES)[number];

/** The two forms a template can render as; a section for "everyone" appears in both. */
export const VARIANTS = ["hp", "ip"] as const;
export type Variant = (typeof VARIANTS)[number];

const ZWeekday = z.int().min(0).max(6);

/** A template's suggested rhythm; the counselor picks the dates when assigning. */
export const ZDefaultSchedule = z.discriminatedUnion(
  "kind",
  [
    z.object({ kind: z.literal("once"), dueInDays: z.int().min(0).max(90).default(7) }).strict(),
    z.object({ kind: z.literal("daily") }).strict(),
    z
      .object({
        kind: z.literal("weekly"),
        weekdays: z.array(ZWeekday).min(1, "Choose at least one day").max(7),
        everyWeeks: z.int().min(1).max(12).default(1),
      })
      .strict(),
  ],
  { error: "Choose how often this is usually done" },
);

export const ZSection = z
  .object({
    key: ZFieldKey,
    title: z.string({ error: "Give this section a title" }).trim().min(1, "Give this section a title").max(120, "Keep section titles to 120 characters"),
    intro: z.string().trim().max(2000, "Keep section introductions to 2,000 characters").optional(),
    for: z.enum(SECTION_AUDIENCES, { error: "Choose who fills in this section" }).default("everyone"),
    fields: z.array(ZTemplateField).min(1, "Add at least one field to this section").max(60, "Use at most 60 fields per section"),
  })
  .strict();
export type TSection = z.output<typeof ZSection>;

/** Where a standardized or imported instrument came from; its wording must stay as published. */
export const ZInstrumentSource = z
  .object({
    name: z.string().trim().min(1, "Name the instrument").max(200),
    citation: z.string().trim().max(1000).optional(),
    licenceNote: z.string().trim().max(1000).optional(),
    /** False for Trellis's own short check-ins, which are not validated instruments. */
    standardized: z.boolean(),
  })
  .strict();

const ZTag = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[a-z0-9][a-z0-9 -]{0,39}$/, "Tags are short words: letters, digits, spaces or hyphens (40 characters at most)");

export const ZTemplateDefinitionShape = z
  .object({
    /** Bumped only if the definition language itself changes shape. */
    schemaVersion: z.literal(1).default(1),
    title: z.string({ error: "Give the exercise a title" }).trim().min(1, "Give the exercise a title").max(120, "Keep the title to 120 characters"),
    summary: z.string().trim().max(600, "Keep the summary to 600 characters").default(""),
    instructions: z.string().trim().max(6000, "Keep instructions to 6,000 characters").default(""),
    phase: z.enum(COUPLE_PHASES, { error: "Choose a phase" }),
    audience: z.enum(AUDIENCES, { error: "Choose who the exercise is for" }),
    estimatedMinutes: z.int("Enter a whole number of minutes").min(1, "At least 1 minute").max(240, "At most 240 minutes").default(10),
    defaultSchedule: ZDefaultSchedule.default({ kind: "once", dueInDays: 7 }),
    /** Paused automatically while the couple has an open violence or coercion concern. */
    needsSafetyClearance: z.boolean().default(false),
    tags: z.array(ZTag).max(12, "Use at most 12 tags").default([]),
    sections: z.array(ZSection).min(1, "Add at least one section").max(30, "Use at most 30 sections"),
    scoring: ZScoring.optional(),
    /** Counselor-only: where the partners' answers diverge. Absent in definitions stored before rules existed. */
    discrepancies: z.array(ZDiscrepancyRule).max(20, "Use at most 20 discrepancy rules").default([]),
    /** Counselor-only: answers to bring to the next session. */
    discuss: z.array(ZDiscussRule).max(20, "Use at most 20 discussion rules").default([]),
    /** Counselor-only: answers that raise a safety flag when submitted. */
    flags: z.array(ZFlagRule).max(40, "Use at most 40 flag rules").default([]),
    source: ZInstrumentSource.optional(),
  })
  .strict();

/**
 * The one definition language: stored on every template version, used by the
 * builder's form, the instrument import and the built-in library. Rules that span
 * fields (unique keys, conditions, pairs, scoring references) live in definition-rules.ts.
 */
export const ZTemplateDefinition = ZTemplateDefinitionShape.superRefine(checkDefinition);
export type TTemplateDefinition = z.output<typeof ZTemplateDefinition>;
export type TTemplateDefinitionInput = z.input<typeof ZTemplateDefinition>;
