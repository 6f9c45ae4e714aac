import { itemFieldsOf } from "./answers";
import type { TDiscussRule, TDiscussWhen } from "./discrepancy-schema";
import { isListField, type TItemField, type TTemplateField } from "./field-types";
import { report, type Ctx, type Definition, type Located, type Path } from "./rule-support";

type Side = "hp" | "ip";

const PARTNER: Record<Side, string> = { hp: "hurt", ip: "involved" };
const other = (side: Side): Side => (side === "hp" ? "ip" : "hp");

/** The range of a rating a rule can compare by size; choices are left out, their order means nothing. */
export function ratingRange(field: TTemplateField | TItemField): { min: number; max: number } | undefined {
  if (field.type === "scale_0_10") return { min: 0, max: 10 };
  if (field.type === "likert_5") return { min: 1, max: 5 };
  if (field.type === "likert_7") return { min: 1, max: 7 };
  if (field.type === "number" && field.min !== undefined && field.max !== undefined) return { min: field.min, max: field.max };
  return undefined;
}

const RATING_NEEDED = "use a 0–10 scale, an agree scale, or a number with a minimum and maximum";

/** "hurt"/"involved"-side lookup with a message naming what's wrong; everyone-sections count for both. */
function fieldOnSide(byKey: Map<string, Located>, key: string, side: Side, at: Path, ctx: Ctx): Located | undefined {
  const found = byKey.get(key);
  if (!found) {
    report(ctx, at, `No ${PARTNER[side]}-partner field has key “${key}”`);
    return undefined;
  }
  if (found.sectionFor !== "everyone" && found.sectionFor !== side) {
    report(ctx, at, `“${key}” is only on the ${PARTNER[other(side)]} partner's form; choose a field the ${PARTNER[side]} partner answers`);
    return undefined;
  }
  return found;
}

function sameOptions(a: TTemplateField, b: TTemplateField): boolean {
  if (a.type !== "single_select" || b.type !== "single_select") return false;
  const values = (field: typeof a) => field.options.map((option) => option.value).sort().join("\n");
  return values(a) === values(b);
}

function checkRatingPair(byKey: Map<string, Located>, rule: { hp: string; ip: string; atLeast: number }, at: Path, ctx: Ctx) {
  const hp = fieldOnSide(byKey, rule.hp, "hp", [...at, "hp"], ctx);
  const ip = fieldOnSide(byKey, rule.ip, "ip", [...at, "ip"], ctx);
  const hpRange = hp && ratingRange(hp.field);
  const ipRange = ip && ratingRange(ip.field);
  if (hp && !hpRange) report(ctx, [...at, "hp"], `“${rule.hp}” can't be compared by size; ${RATING_NEEDED}`);
  if (ip && !ipRange) report(ctx, [...at, "ip"], `“${rule.ip}” can't be compared by size; ${RATING_NEEDED}`);
  if (!hpRange || !ipRange) return;
  if (hpRange.min !== ipRange.min || hpRange.max !== ipRange.max) {
    report(ctx, [...at, "ip"], `Both fields must use the same range: “${rule.hp}” runs ${hpRange.min}–${hpRange.max}, “${rule.ip}” ${ipRange.min}–${ipRange.max}`);
  } else if (rule.atLeast > hpRange.max - hpRange.min) {
    report(ctx, [...at, "atLeast"], `Answers on these fields can differ by at most ${hpRange.max - hpRange.min}`);
  }
}

function checkClaim(byKey: Map<string, Located>, rule: { claim: { field: string; equals: unknown }; experience: { field: string; atMost: number } }, at: Path, ctx: Ctx) {
  const claimAt = [...at, "claim", "field"];
  const claim = byKey.get(rule.claim.field);
  if (!claim) return report(ctx, claimAt, `There is no field with key “${rule.claim.field}”`);
  if (claim.sectionFor === "everyone") return report(ctx, claimAt, "A claim must be in a section for one partner, so it is clear whose claim it is");
  const { field } = claim;
  if (field.type === "yes_no") {
    if (typeof rule.claim.equals !== "boolean") report(ctx, [...at, "claim", "equals"], "Compare a yes/no answer with true or false");
  } else if (field.type === "single_select") {
    if (!field.options.some((option) => option.value === rule.claim.equals)) report(ctx, [...at, "claim", "equals"], `“${String(rule.claim.equals)}” is not one of that field's options`);
  } else {
    report(ctx, claimAt, "A claim must be a yes/no or single-choice question");
  }
  const experienceAt = [...at, "experience", "field"];
  const experience = fieldOnSide(byKey, rule.experience.field, other(claim.sectionFor), experienceAt, ctx);
  if (!experience) return;
  const range = ratingRange(experience.field);
  if (!range) return report(ctx, experienceAt, `“${rule.experience.field}” can't be compared by size; ${RATING_NEEDED}`);
  if (rule.experience.atMost < range.min || rule.experience.atMost >= range.max) {
    report(ctx, [...at, "experience", "atMost"], `Use a value from ${range.min} up to (not including) ${range.max}; at ${range.max} every answer would count`);
  }
}

function checkUniqueKeys(rules: readonly { key: string }[], list: string, ctx: Ctx) {
  const seen = new Set<string>();
  rules.forEach((rule, index) => {
    if (seen.has(rule.key)) report(ctx, [list, index, "key"], `Rule key “${rule.key}” is used twice`);
    seen.add(rule.key);
  });
}

/** Discrepancy rules compare the two partners' answers, so both must be able to answer. */
export function checkDiscrepancies(definition: Definition, fields: Located[], ctx: Ctx) {
  if (definition.discrepancies.length === 0) return;
  if (definition.audience === "hp" || definition.audience === "ip") {
    return report(ctx, ["discrepancies"], "Discrepancies compare both partners' answers, but this exercise is for one partner only");
  }
  checkUniqueKeys(definition.discrepancies, "discrepancies", ctx);
  const byKey = new Map(fields.map((located) => [located.field.key, located]));
  definition.discrepancies.forEach((rule, index) => {
    const at: Path = ["discrepancies", index];
    switch (rule.kind) {
      case "mismatch": {
        const hp = fieldOnSide(byKey, rule.hp, "hp", [...at, "hp"], ctx);
        const ip = fieldOnSide(byKey, rule.ip, "ip", [...at, "ip"], ctx);
        if (!hp || !ip) return;
        const comparable = (hp.field.type === "yes_no" && ip.field.type === "yes_no") || sameOptions(hp.field, ip.field);
        if (!comparable) report(ctx, [...at, "ip"], "A mismatch compares two yes/no questions, or two single-choice questions with the same option values");
        return;
      }
      case "claim_vs_experience":
        return checkClaim(byKey, rule, at, ctx);
      case "gap":
      case "opposite_trend":
        return checkRatingPair(byKey, rule, at, ctx);
    }
  });
}

function checkWhen(target: TTemplateField | TItemField, when: TDiscussWhen, at: Path, ctx: Ctx) {
  const options = target.type === "single_select" || target.type === "checklist" ? target.options.map((option) => option.value) : undefined;
  const range = ratingRange(target);
  const rating = range !== undefined || target.type === "number";
  if (when.equals !== undefined) {
    const equalsAt = [...at, "equals"];
    if (target.type === "yes_no" || target.type === "acknowledgement") {
      if (typeof when.equals !== "boolean") report(ctx, equalsAt, "Compare a yes/no answer with true or false");
    } else if (options) {
      if (!options.includes(String(when.equals))) report(ctx, equalsAt, `“${String(when.equals)}” is not one of that field's options`);
    } else if (rating) {
      if (typeof when.equals !== "number") report(ctx, equalsAt, "Compare a scale or number with a number");
    } else {
      report(ctx, equalsAt, "Text and date answers can only be tested with answered: true");
    }
  }
  if (when.oneOf !== undefined) {
    if (!options) report(ctx, [...at, "oneOf"], "oneOf is for single-choice and checklist questions");
    else {
      when.oneOf.forEach((value, index) => {
        if (!options.includes(String(value))) report(ctx, [...at, "oneOf", index], `“${String(value)}” is not one of that field's options`);
      });
    }
  }
  for (const bound of ["atLeast", "atMost"] as const) {
    const value = when[bound];
    if (value === undefined) continue;
    if (!rating) report(ctx, [...at, bound], `${bound} is for scales and numbers`);
    else if (range && (value < range.min || value > range.max)) report(ctx, [...at, bound], `Use a value from ${range.min} to ${range.max}`);
  }
}

/** To-discuss and flag rules may point at any answer, including one item of a list. */
export function checkDiscuss(definition: Definition, fields: Located[], ctx: Ctx) {
  checkAnswerRules(definition.discuss, "discuss", fields, ctx);
  checkAnswerRules(definition.flags, "flags", fields, ctx);
}

function checkAnswerRules(rules: readonly TDiscussRule[], list: "discuss" | "flags", fields: Located[], ctx: Ctx) {
  checkUniqueKeys(rules, list, ctx);
  const byKey = new Map(fields.map((located) => [located.field.key, located]));
  rules.forEach((rule, index) => {
    const at: Path = [list, index];
    const located = byKey.get(rule.field);
    if (!located) return report(ctx, [...at, "field"], `There is no field with key “${rule.field}”`);
    const { field } = located;
    let target: TTemplateField | TItemField = field;
    if (isListField(field)) {
      if (rule.itemField === undefined) return report(ctx, [...at, "itemField"], `“${rule.field}” is a list; say which part of each item to check`);
      const item = itemFieldsOf(field).find((candidate) => candidate.key === rule.itemField);
      if (!item) return report(ctx, [...at, "itemField"], `The list “${rule.field}” has no item field “${rule.itemField}”`);
      target = item;
    } else if (rule.itemField !== undefined) {
      return report(ctx, [...at, "itemField"], `“${rule.field}” is not a list, so it has no item fields`);
    }
    checkWhen(target, rule.when, [...at, "when"], ctx);
  });
}
