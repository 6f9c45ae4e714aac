import * as z from "zod";
import { ZFieldKey } from "./field-types";

/**
 * How a measure is scored. A template may define several scores (a total and its
 * subscales). Reference lines and bands are for the counselor's charts only; a
 * partner never sees them (clinical.md §3 rule 3).
 */
export const ZScoreItem = z
  .object({
    field: ZFieldKey,
    /** Reverse-keyed: scored as (min + max − answer) over the field's own range. */
    reverse: z.boolean().default(false),
  })
  .strict();
export type TScoreItem = z.output<typeof ZScoreItem>;

export const ZReferenceLine = z
  .object({
    value: z.number({ error: "Enter the line's value" }).finite(),
    label: z.string().trim().min(1, "Label the line").max(120),
  })
  .strict();

/** A band covers [from, to): a score on a boundary belongs to the band above it; the last band includes its end. */
export const ZBand = z
  .object({
    from: z.number({ error: "Enter where the band starts" }).finite(),
    to: z.number({ error: "Enter where the band ends" }).finite(),
    label: z.string().trim().min(1, "Label the band").max(120),
  })
  .strict();

export const SCORE_METHODS = ["sum", "mean"] as const;

export const ZScore = z
  .object({
    key: ZFieldKey,
    label: z.string({ error: "Name this score" }).trim().min(1, "Name this score").max(120),
    method: z.enum(SCORE_METHODS, { error: "Choose sum or mean" }),
    items: z.array(ZScoreItem).min(1, "A score needs at least one item").max(100),
    /** When given, must equal the range the items can produce: a check against typos in imported instruments. */
    range: z.object({ min: z.number().finite(), max: z.number().finite() }).strict().optional(),
    /** Whether a higher score means things are going better; drives trend arrows. */
    higherIsBetter: z.boolean().default(true),
    referenceLines: z.array(ZReferenceLine).max(10).default([]),
    bands: z.array(ZBand).max(10).default([]),
  })
  .strict();
export type TScore = z.output<typeof ZScore>;

export const ZScoring = z
  .object({
    scores: z.array(ZScore).min(1, "Add at least one score, or remove scoring").max(20),
  })
  .strict();
export type TScoring = z.output<typeof ZScoring>;
