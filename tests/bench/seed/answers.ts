import type { Database } from "@/db/client";
import { addDays } from "@/db/schema/_shared/calendar";
import { fieldsForVariant, itemFieldsOf, validateAnswers, type Answers } from "@/db/schema/exercises/answers";
import type { TTemplateDefinition, Variant } from "@/db/schema/exercises/definition";
import type { TFlagRule } from "@/db/schema/exercises/discrepancy-schema";
import { isListField, scoreRange, type TItemField, type TTemplateField } from "@/db/schema/exercises/field-types";
import { flagsFor } from "@/server/services/safety/raise-flags";
import { storedFieldsOf } from "@/server/services/tasks/load-partner-task";
import { scoreRowsFor } from "@/server/services/tasks/store-scores";
import type { LibraryVersion } from "./library";
import { Random } from "./random";
import { insertRecords, run } from "./sql";
import { PHRASES, SENTENCES } from "./words";

/**
 * Answers are never written by hand: a small set of variants per template version and
 * form (HP/IP) is generated here, checked with the app's own validateAnswers, and stored
 * exactly as submitTask would store them (storedFieldsOf for the field rows and their
 * visibility, scoreRowsFor for measure scores, flagsFor for safety flags). The SQL side
 * then gives each response one variant by hash, so a million responses cost a few
 * hundred validations.
 *
 * Variants of a scored template come in levels (0 = worst … top = best), so a partner's
 * series can follow a trajectory (seed.ts picks the level per day); "rare" variants are
 * the ones that raise a safety flag, picked with a small probability; "draft" variants
 * are half-finished answers that only pass the draft-mode check.
 */

export type VariantKind = "normal" | "rare" | "draft";

export interface AnswerVariant {
  vid: number;
  templateVersionId: string;
  side: Variant;
  kind: VariantKind;
  level: number;
  answers: Answers;
  fields: ReturnType<typeof storedFieldsOf>;
  scores: ReturnType<typeof scoreRowsFor>;
  flags: ReturnType<typeof flagsFor>;
}

export interface VariantSet {
  variants: AnswerVariant[];
  /** Template version → how many levels its variants have (1 for unscored exercises). */
  levels: Map<string, number>;
}

const NORMAL_PER_LEVEL = 6;
const NORMAL_UNLEVELED = 12;
const RARE_PER_SIDE = 4;
const DRAFTS_PER_SIDE = 4;

interface Context {
  rng: Random;
  /** The earliest date any couple answers on: "not after today" dates stay before it. */
  anchor: string;
  days: number;
  level: number;
  levels: number;
  scored: Map<string, { reverse: boolean; higherIsBetter: boolean }>;
}

/** Safety questions where "yes" is the reassuring answer; every other safety yes/no is answered "no". */
const REASSURING: Record<string, boolean> = { speak_freely: true };

function clamp(value: number, min: number, max: number) {
  return Math.min(max, Math.max(min, value));
}

function textOf(rng: Random, maxLength: number, long: boolean): string {
  const text = long ? rng.sample(SENTENCES, rng.int(1, 4)).join(" ") : rng.pick(PHRASES);
  return text.length <= maxLength ? text : text.slice(0, maxLength).trimEnd();
}

/** A value on a scored item's own range for this level, reverse keying and direction honoured. */
function levelled(ctx: Context, min: number, max: number, flip: boolean, spread: number): number {
  const fraction = ctx.levels > 1 ? ctx.level / (ctx.levels - 1) : ctx.rng.next();
  let value = Math.round(min + fraction * (max - min) + (spread > 0 && ctx.rng.chance(0.3) ? ctx.rng.int(-spread, spread) : 0));
  value = clamp(value, min, max);
  return flip ? min + max - value : value;
}

type ListField = Extract<TTemplateField, { type: "repeatable_list" | "promise_list" | "agreement_list" }>;
type ValueField = TItemField | Exclude<TTemplateField, ListField>;

function valueFor(field: ValueField, ctx: Context, isSafety: boolean): unknown {
  const { rng } = ctx;
  const scoring = ctx.scored.get(field.key);
  switch (field.type) {
    case "short_text":
      return textOf(rng, field.maxLength, false);
    case "long_text":
      return textOf(rng, field.maxLength, true);
    case "scale_0_10":
    case "likert_5":
    case "likert_7": {
      const range = scoreRange(field)!;
      if (scoring) return levelled(ctx, range.min, range.max, scoring.reverse !== !scoring.higherIsBetter, (range.max - range.min) >= 6 ? 1 : 0);
      // Unscored ratings in a levelled exercise move with the day, loosely.
      if (ctx.levels > 1) return levelled(ctx, range.min, range.max, false, 2);
      return rng.int(range.min + Math.floor((range.max - range.min) / 3), range.max);
    }
    case "yes_no":
      if (isSafety) return REASSURING[field.key] ?? false;
      return rng.chance(0.65);
    case "acknowledgement":
      return true;
    case "single_select":
      return rng.pick(field.options).value;
    case "checklist": {
      const exclusive = field.options.find((option) => option.exclusive);
      // Safety checklists list what someone fears; a plain answer ticks "none of these".
      if (isSafety) return exclusive ? [exclusive.value] : undefined;
      const open = field.options.filter((option) => !option.exclusive);
      const most = Math.min(open.length, field.maxSelected ?? 3, 3);
      const least = Math.min(most, Math.max(1, field.minSelected ?? 1));
      return rng.sample(open, rng.int(least, most)).map((option) => option.value);
    }
    case "date":
      return field.notAfterToday ? addDays(ctx.anchor, -rng.int(20, 400)) : addDays(ctx.anchor, rng.int(0, ctx.days + 30));
    case "number": {
      const min = field.min ?? 0;
      const max = field.max ?? min + 20;
      // In the check-in, painful reminders fall as the day gets better.
      const raw = ctx.levels > 1 ? (1 - ctx.level / (ctx.levels - 1)) * 7 + rng.next() * 3 : rng.next() * Math.min(10, max - min);
      const value = clamp(min + raw, min, max);
      return field.integer ? Math.round(value) : Math.round(value * 10) / 10;
    }
  }
}

/** Whether an optional answer is left empty, as people do. */
function leftEmpty(field: TTemplateField, ctx: Context): boolean {
  if (field.required || ctx.scored.has(field.key)) return false;
  if (field.visibility === "safety") return field.type === "yes_no" ? ctx.rng.chance(0.4) : ctx.rng.chance(0.92);
  if (field.type === "long_text") return ctx.rng.chance(0.5);
  return ctx.rng.chance(0.3);
}

function listValue(field: ListField, ctx: Context): unknown {
  const count = clamp(ctx.rng.int(1, 3), Math.max(field.minItems, field.required ? 1 : 0), field.maxItems);
  return Array.from({ length: count }, () => {
    const row: Record<string, unknown> = {};
    for (const sub of itemFieldsOf(field)) {
      if (!sub.required && ctx.rng.chance(0.4)) continue;
      const value = valueFor(sub, ctx, false);
      if (value !== undefined) row[sub.key] = value;
    }
    return row;
  });
}

function triggeringValue(rule: TFlagRule, field: TTemplateField): unknown {
  const { when } = rule;
  if (when.equals !== undefined) return field.type === "checklist" ? [when.equals] : when.equals;
  if (when.oneOf !== undefined) return field.type === "checklist" ? [when.oneOf[0]] : when.oneOf[0];
  if (when.atLeast !== undefined) return when.atLeast;
  if (when.atMost !== undefined) return when.atMost;
  return undefined;
}

function generate(definition: TTemplateDefinition, side: Variant, ctx: Context, rare?: TFlagRule): Answers {
  const answers: Answers = {};
  for (const field of fieldsForVariant(definition, side)) {
    if (rare?.field === field.key) {
      answers[field.key] = triggeringValue(rare, field);
      continue;
    }
    if (leftEmpty(field, ctx)) continue;
    const value = isListField(field) ? listValue(field, ctx) : valueFor(field, ctx, field.visibility === "safety");
    if (value !== undefined) answers[field.key] = value;
  }
  return answers;
}

function scoredItems(definition: TTemplateDefinition) {
  const scored = new Map<string, { reverse: boolean; higherIsBetter: boolean }>();
  for (const score of definition.scoring?.scores ?? []) {
    for (const item of score.items) scored.set(item.field, { reverse: item.reverse, higherIsBetter: score.higherIsBetter });
  }
  return scored;
}

/** Levels follow the first scored item's range (0–10 → 11 levels, 1–5 → 5); unscored exercises have one. */
function levelsOf(definition: TTemplateDefinition): number {
  const first = definition.scoring?.scores[0]?.items[0]?.field;
  const field = definition.sections.flatMap((section) => section.fields).find((candidate) => candidate.key === first);
  const range = field ? scoreRange(field) : undefined;
  return range ? Math.min(11, range.max - range.min + 1) : 1;
}

/** Flag rules a variant can set on its own: a top-level, always-shown question of this form. */
function rareRules(definition: TTemplateDefinition, side: Variant): TFlagRule[] {
  const fields = new Map(fieldsForVariant(definition, side).map((field) => [field.key, field]));
  return (definition.flags ?? []).filter((rule) => rule.itemField === undefined && fields.has(rule.field) && !fields.get(rule.field)!.showWhen);
}

const IDS = { responseId: "00000000-0000-4000-8000-000000000000", coupleId: "00000000-0000-4000-8000-000000000000", authorId: "00000000-0000-4000-8000-000000000000" };

export function buildVariants(library: LibraryVersion[], options: { seed: number; anchor: string; days: number }): VariantSet {
  const variants: AnswerVariant[] = [];
  const levels = new Map<string, number>();
  const scoreContext = { ...IDS, templateId: IDS.responseId, dueOn: options.anchor, submittedAt: new Date(0) };

  const accept = (version: LibraryVersion, side: Variant, kind: VariantKind, level: number, raw: Answers) => {
    const mode = kind === "draft" ? "draft" : "submit";
    const result = validateAnswers(version.definition, side, raw, { mode, today: options.anchor });
    if (!result.success) {
      throw new Error(`generated ${kind} answers for ${version.slug} (${side}) fail validation: ${result.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`).join("; ")}`);
    }
    const flags = kind === "draft" ? [] : flagsFor(version.definition, result.data, IDS, new Date(0));
    // A plain variant must raise nothing and a rare one must raise its flag, or the rates would lie.
    if ((kind === "rare") !== flags.length > 0) return false;
    variants.push({
      vid: variants.length + 1,
      templateVersionId: version.versionId,
      side,
      kind,
      level,
      answers: result.data,
      fields: storedFieldsOf(fieldsForVariant(version.definition, side), result.data),
      scores: kind === "draft" ? [] : scoreRowsFor(version.definition, side, result.data, scoreContext),
      flags,
    });
    return true;
  };

  for (const version of library) {
    const definition = version.definition;
    const versionLevels = levelsOf(definition);
    levels.set(version.versionId, versionLevels);
    const scored = scoredItems(definition);
    for (const side of ["hp", "ip"] as const) {
      if (fieldsForVariant(definition, side).length === 0) continue;
      const context = (rng: Random, level: number): Context => ({ rng, anchor: options.anchor, days: options.days, level, levels: versionLevels, scored });
      const perLevel = versionLevels > 1 ? NORMAL_PER_LEVEL : NORMAL_UNLEVELED;
      for (let level = 0; level < versionLevels; level += 1) {
        let made = 0;
        for (let attempt = 0; made < perLevel; attempt += 1) {
          if (attempt > perLevel * 20) throw new Error(`could not generate plain answers for ${version.slug} (${side})`);
          const rng = new Random(options.seed, "answers", version.slug, side, level, attempt);
          if (accept(version, side, "normal", level, generate(definition, side, context(rng, level)))) made += 1;
        }
      }
      const rules = rareRules(definition, side);
      for (let index = 0; index < (rules.length > 0 ? RARE_PER_SIDE : 0); index += 1) {
        const rng = new Random(options.seed, "rare", version.slug, side, index);
        // A flag-raising day is usually a hard one.
        const level = Math.floor((versionLevels - 1) * 0.25);
        if (!accept(version, side, "rare", -1, generate(definition, side, context(rng, level), rules[index % rules.length]))) {
          throw new Error(`rare answers for ${version.slug} (${side}) raised no flag`);
        }
      }
      for (let index = 0; index < DRAFTS_PER_SIDE; index += 1) {
        const rng = new Random(options.seed, "draft", version.slug, side, index);
        const full = generate(definition, side, context(rng, Math.floor(versionLevels / 2)));
        // A draft is the first part of the form, filled in before the person stopped.
        const keys = Object.keys(full);
        const partial = Object.fromEntries(keys.slice(0, Math.max(1, Math.ceil(keys.length / 2))).map((key) => [key, full[key]]));
        accept(version, side, "draft", -1, partial);
      }
    }
  }
  return { variants, levels };
}

/**
 * Loads the variants into temporary tables the SQL expansion joins against: one row per
 * variant, its stored fields, its scores and flags, and the buckets (template version,
 * form, kind, level) that a hash picks a variant from.
 */
export async function loadVariants(db: Database, set: VariantSet): Promise<number> {
  await run(
    db,
    "CREATE TEMP TABLE bench_variant (vid int PRIMARY KEY, template_version_id uuid, side text, kind text, level int, revision jsonb)",
    "CREATE TEMP TABLE bench_variant_field (vid int, field_key text, visibility visibility_class, paired_reveal boolean, value jsonb)",
    "CREATE TEMP TABLE bench_variant_score (vid int, score_key text, label text, value float8, range_min float8, range_max float8, higher_is_better boolean)",
    "CREATE TEMP TABLE bench_variant_flag (vid int, field_key text, rule text, severity flag_severity, excerpt text)",
    "CREATE TEMP TABLE bench_bucket (template_version_id uuid, side text, kind text, level int, first_vid int, n int, PRIMARY KEY (template_version_id, side, kind, level))",
  );
  const revisionOf = (variant: AnswerVariant) =>
    Object.fromEntries(variant.fields.map((field) => [field.fieldKey, { visibility: field.visibility, value: field.value }]));
  await insertRecords(
    db,
    "bench_variant",
    { vid: "int", template_version_id: "uuid", side: "text", kind: "text", level: "int", revision: "jsonb" },
    set.variants.map((variant) => ({ vid: variant.vid, template_version_id: variant.templateVersionId, side: variant.side, kind: variant.kind, level: variant.level, revision: revisionOf(variant) })),
  );
  await insertRecords(
    db,
    "bench_variant_field",
    { vid: "int", field_key: "text", visibility: "visibility_class", paired_reveal: "boolean", value: "jsonb" },
    set.variants.flatMap((variant) =>
      variant.fields.map((field) => ({ vid: variant.vid, field_key: field.fieldKey, visibility: field.visibility, paired_reveal: field.pairedReveal, value: field.value })),
    ),
  );
  await insertRecords(
    db,
    "bench_variant_score",
    { vid: "int", score_key: "text", label: "text", value: "float8", range_min: "float8", range_max: "float8", higher_is_better: "boolean" },
    set.variants.flatMap((variant) =>
      variant.scores.map((score) => ({
        vid: variant.vid,
        score_key: score.scoreKey,
        label: score.label,
        value: score.value,
        range_min: score.rangeMin,
        range_max: score.rangeMax,
        higher_is_better: score.higherIsBetter,
      })),
    ),
  );
  await insertRecords(
    db,
    "bench_variant_flag",
    { vid: "int", field_key: "text", rule: "text", severity: "flag_severity", excerpt: "text" },
    set.variants.flatMap((variant) => variant.flags.map((flag) => ({ vid: variant.vid, field_key: flag.fieldKey ?? null, rule: flag.rule, severity: flag.severity, excerpt: flag.excerpt ?? null }))),
  );
  // Variants were pushed bucket by bucket, so each bucket is a contiguous vid range.
  await run(
    db,
    "INSERT INTO bench_bucket SELECT template_version_id, side, kind, level, min(vid), count(*) FROM bench_variant GROUP BY 1, 2, 3, 4",
    "ANALYZE bench_variant",
    "ANALYZE bench_variant_field",
    "ANALYZE bench_bucket",
  );
  return set.variants.length;
}
