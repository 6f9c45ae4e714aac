import * as z from "zod";
import { ZFieldKey } from "./field-types";

/**
 * Discrepancy and to-discuss rules: data in the definition that tells session prep
 * which answers a counselor should look at (clinical.md §5 items 4 and 5). They are
 * for the counselor only; a partner's form never carries them (partner-form.ts).
 * Cross-field checks (fields exist, sit on the right partner's side, fit the rule)
 * live in definition-rules.ts.
 */

const ZRuleLabel = z
  .string({ error: "Describe what this rule looks for" })
  .trim()
  .min(1, "Describe what this rule looks for")
  .max(120, "Keep rule labels to 120 characters");

const ZThreshold = z.number({ error: "Enter a number" }).finite("Enter a number");
const ZPositiveThreshold = ZThreshold.positive("Use a number above 0; a difference of 0 would always count");
const ZAnswerValue = z.union([z.string(), z.number(), z.boolean()], { error: "Enter the answer to look for: text, a number, or true/false" });

const ruleBase = { key: ZFieldKey, label: ZRuleLabel };

export const ZDiscrepancyRule = z.discriminatedUnion(
  "kind",
  [
    /** Both partners answer the same yes/no or choice about the day, differently. */
    z.object({ ...ruleBase, kind: z.literal("mismatch"), hp: ZFieldKey, ip: ZFieldKey }).strict(),
    /** One partner says they did something; the other's experience of it stayed low. */
    z
      .object({
        ...ruleBase,
        kind: z.literal("claim_vs_experience"),
        claim: z.object({ field: ZFieldKey, equals: ZAnswerValue }).strict(),
        experience: z.object({ field: ZFieldKey, atMost: ZThreshold }).strict(),
      })
      .strict(),
    /** Two ratings of the same thing, far apart on the same occasion. */
    z.object({ ...ruleBase, kind: z.literal("gap"), hp: ZFieldKey, ip: ZFieldKey, atLeast: ZPositiveThreshold }).strict(),
    /** Over the window, one partner's rating rose while the other's fell. */
    z.object({ ...ruleBase, kind: z.literal("opposite_trend"), hp: ZFieldKey, ip: ZFieldKey, atLeast: ZPositiveThreshold }).strict(),
  ],
  { error: "Choose a kind of discrepancy: mismatch, claim_vs_experience, gap or opposite_trend" },
);
export type TDiscrepancyRule = z.output<typeof ZDiscrepancyRule>;
export type DiscrepancyKind = TDiscrepancyRule["kind"];

const WHEN_KEYS = ["equals", "oneOf", "atLeast", "atMost", "answered"] as const;

/** Exactly one test per rule: combinations would need an and/or language nobody asked for. */
export const ZDiscussWhen = z
  .object({
    equals: ZAnswerValue.optional(),
    oneOf: z.array(z.union([z.string(), z.number()])).min(1, "List at least one answer").max(40).optional(),
    atLeast: ZThreshold.optional(),
    atMost: ZThreshold.optional(),
    answered: z.literal(true, { error: "Use answered: true" }).optional(),
  })
  .strict()
  .superRefine((when, ctx) => {
    const given = WHEN_KEYS.filter((key) => when[key] !== undefined);
    if (given.length !== 1) {
      ctx.addIssue({ code: "custom", message: "Say when an answer comes up, with exactly one of equals, oneOf, atLeast, atMost or answered" });
    }
  });
export type TDiscussWhen = z.output<typeof ZDiscussWhen>;

export const ZDiscussRule = z
  .object({
    ...ruleBase,
    field: ZFieldKey,
    /** For a list field: the part of each item to test; every matching item is its own item to discuss. */
    itemField: ZFieldKey.optional(),
    when: ZDiscussWhen,
  })
  .strict();
export type TDiscussRule = z.output<typeof ZDiscussRule>;

export const FLAG_RULE_SEVERITIES = ["low", "medium", "high", "critical"] as const;

/**
 * A safety flag rule: an answer (or a list item) that raises a counselor-only flag the
 * moment it is submitted, e.g. fear of the partner, a violence item, thoughts of suicide.
 * Same matching as a to-discuss rule, plus how urgent the counselor should treat it.
 */
export const ZFlagRule = z
  .object({
    ...ZDiscussRule.shape,
    severity: z.enum(FLAG_RULE_SEVERITIES, { error: "Choose a severity: low, medium, high or critical" }),
  })
  .strict();
export type TFlagRule = z.output<typeof ZFlagRule>;
