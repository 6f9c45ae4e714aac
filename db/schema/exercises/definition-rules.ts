import { VISIBILITY_CLASSES } from "../_shared/enums";
import { isStorableText, UNSTORABLE_TEXT_MESSAGE } from "../_shared/text";
import { isAcceptedValue } from "./answers";
import { checkDiscrepancies, checkDiscuss } from "./discrepancy-rules";
import { isListField, scoreRange } from "./field-types";
import { locateFields, report, type Ctx, type Definition, type Located, type Path } from "./rule-support";

function checkKeys(definition: Definition, fields: Located[], ctx: Ctx) {
  const sectionKeys = new Set<string>();
  definition.sections.forEach((section, si) => {
    if (sectionKeys.has(section.key)) report(ctx, ["sections", si, "key"], `Section key “${section.key}” is used twice`);
    sectionKeys.add(section.key);
  });
  const fieldKeys = new Set<string>();
  for (const { field, path } of fields) {
    if (fieldKeys.has(field.key)) report(ctx, [...path, "key"], `Field key “${field.key}” is used twice; keys must be unique in the exercise`);
    fieldKeys.add(field.key);
    if (field.type === "repeatable_list") {
      const itemKeys = new Set<string>();
      field.itemFields.forEach((item, index) => {
        if (itemKeys.has(item.key)) report(ctx, [...path, "itemFields", index, "key"], `Item field key “${item.key}” is used twice in this list`);
        itemKeys.add(item.key);
      });
    }
  }
}

function checkAudiences(definition: Definition, fields: Located[], ctx: Ctx) {
  definition.sections.forEach((section, si) => {
    if ((definition.audience === "hp" && section.for === "ip") || (definition.audience === "ip" && section.for === "hp")) {
      report(ctx, ["sections", si, "for"], "This section is for a partner the exercise is not assigned to");
    }
  });
  if (definition.audience === "each" || definition.audience === "together") {
    for (const variant of ["hp", "ip"] as const) {
      if (!fields.some((f) => f.sectionFor === "everyone" || f.sectionFor === variant)) {
        report(ctx, ["sections"], `The ${variant === "hp" ? "hurt" : "involved"} partner would have nothing to fill in; add a section for them or for everyone`);
      }
    }
  }
  if (definition.audience === "together") {
    for (const { field, path, sectionFor } of fields) {
      if (field.visibility === "safety") {
        report(ctx, [...path, "visibility"], "Safety questions can't be part of a joint exercise; put them in an exercise each partner completes alone");
      } else if (sectionFor === "everyone" && field.visibility !== "shared") {
        report(ctx, [...path, "visibility"], "Both partners write a joint section together, so its answers must be shared");
      }
    }
  }
}

function checkLimits(fields: Located[], ctx: Ctx) {
  for (const { field, path } of fields) {
    const subjects = field.type === "repeatable_list" ? [{ f: field, p: path }, ...field.itemFields.map((f, i) => ({ f, p: [...path, "itemFields", i] }))] : [{ f: field, p: path }];
    for (const { f, p } of subjects) {
      if (f.type === "number" && f.min !== undefined && f.max !== undefined && f.min > f.max) report(ctx, [...p, "max"], "The maximum must not be below the minimum");
      if (f.type === "checklist") {
        if (f.maxSelected !== undefined && f.maxSelected > f.options.length) report(ctx, [...p, "maxSelected"], "This is more than the number of options");
        if (f.minSelected !== undefined && f.minSelected > f.options.length) report(ctx, [...p, "minSelected"], "This is more than the number of options");
        if (f.minSelected !== undefined && f.maxSelected !== undefined && f.minSelected > f.maxSelected) {
          report(ctx, [...p, "maxSelected"], "The most that can be ticked must not be below the fewest");
        }
      }
    }
    if (isListField(field) && field.minItems > field.maxItems) report(ctx, [...path, "maxItems"], "The maximum number of items must not be below the minimum");
  }
}

function checkPairs(fields: Located[], ctx: Ctx) {
  const sides = { hp: new Map<string, Located>(), ip: new Map<string, Located>() };
  for (const located of fields) {
    const { field, path, sectionFor } = located;
    if (field.pairedReveal && (field.visibility !== "shared" || !field.pairKey)) {
      report(ctx, [...path, "pairedReveal"], "Paired reveal needs a shared answer with a pair key");
    }
    if (!field.pairKey) continue;
    if (sectionFor === "everyone") {
      report(ctx, [...path, "pairKey"], "Pair keys link a hurt-partner field to an involved-partner field; move this field to a section for one partner");
      continue;
    }
    const side = sides[sectionFor];
    if (side.has(field.pairKey)) report(ctx, [...path, "pairKey"], `Pair key “${field.pairKey}” is used twice on the same side`);
    else side.set(field.pairKey, located);
  }
  for (const [mine, theirs] of [
    ["hp", "ip"],
    ["ip", "hp"],
  ] as const) {
    for (const [pairKey, located] of sides[mine]) {
      const counterpart = sides[theirs].get(pairKey);
      if (!counterpart) {
        report(ctx, [...located.path, "pairKey"], `No ${theirs === "hp" ? "hurt" : "involved"}-partner field has pair key “${pairKey}”`);
      } else if (located.field.pairedReveal !== counterpart.field.pairedReveal && mine === "hp") {
        report(ctx, [...located.path, "pairedReveal"], "Both fields of a pair must agree on paired reveal");
      }
    }
  }
}

function checkConditions(fields: Located[], ctx: Ctx) {
  const byKey = new Map(fields.map((located) => [located.field.key, located]));
  for (const { field, path, sectionFor, order } of fields) {
    if (!field.showWhen) continue;
    const at = [...path, "showWhen", "field"];
    const target = byKey.get(field.showWhen.field);
    if (!target) {
      report(ctx, at, `There is no field with key “${field.showWhen.field}”`);
      continue;
    }
    if (target.order >= order) {
      report(ctx, at, "A field can only depend on a field that comes before it");
      continue;
    }
    if (target.sectionFor !== "everyone" && target.sectionFor !== sectionFor) {
      report(ctx, at, "This depends on a field the same partner never sees");
      continue;
    }
    if (isListField(target.field) || target.field.type === "long_text") {
      report(ctx, at, "Conditions can only depend on a single answer such as yes/no, a choice or a number");
      continue;
    }
    // Seeing this question would tell its readers how the earlier one was answered.
    if (VISIBILITY_CLASSES.indexOf(field.visibility) > VISIBILITY_CLASSES.indexOf(target.field.visibility)) {
      report(ctx, [...path, "visibility"], "A question that depends on a more private answer must be at least as private as that answer");
    }
    const expected = field.showWhen.equals;
    if (expected === undefined) continue;
    const valuePath = [...path, "showWhen", "equals"];
    const t = target.field;
    if (t.type === "yes_no" || t.type === "acknowledgement") {
      if (typeof expected !== "boolean") report(ctx, valuePath, "Compare a yes/no answer with true or false");
    } else if (t.type === "single_select" || t.type === "checklist") {
      if (!t.options.some((option) => option.value === expected)) report(ctx, valuePath, `“${String(expected)}” is not one of that field's options`);
    } else if (t.type === "scale_0_10" || t.type === "likert_5" || t.type === "likert_7" || t.type === "number") {
      if (typeof expected !== "number") report(ctx, valuePath, "Compare a scale or number with a number");
    } else if (typeof expected !== "string") {
      report(ctx, valuePath, "Compare a text or date answer with text");
    }
    if (t.type !== "checklist" && !isAcceptedValue(t, expected) && !ctx.issues.some((issue) => issue.path?.join(".") === valuePath.join("."))) {
      report(ctx, valuePath, "That field can never be answered with this value, so this question would never show");
    }
  }
}

function checkScoring(definition: Definition, fields: Located[], ctx: Ctx) {
  if (!definition.scoring) return;
  const byKey = new Map(fields.map((located) => [located.field.key, located]));
  const scoreKeys = new Set<string>();
  definition.scoring.scores.forEach((score, si) => {
    const scorePath: Path = ["scoring", "scores", si];
    if (scoreKeys.has(score.key)) report(ctx, [...scorePath, "key"], `Score key “${score.key}” is used twice`);
    scoreKeys.add(score.key);
    const used = new Set<string>();
    const placed: { sectionFor: Located["sectionFor"]; range: { min: number; max: number } }[] = [];
    let complete = true;
    score.items.forEach((item, ii) => {
      const at = [...scorePath, "items", ii, "field"];
      const target = byKey.get(item.field);
      if (!target) return report(ctx, at, `There is no field with key “${item.field}”`);
      if (used.has(item.field)) report(ctx, at, `“${item.field}” is counted twice in this score`);
      used.add(item.field);
      // A score waits for every item; an optional or conditional item could leave it empty forever.
      if (!target.field.required || target.field.showWhen) report(ctx, at, `“${item.field}” must be required and always shown to be scored`);
      const range = scoreRange(target.field);
      if (!range) {
        complete = false;
        return report(
          ctx,
          at,
          target.field.type === "single_select" || target.field.type === "number"
            ? `“${item.field}” needs a score on every option (or a minimum and maximum) to be scored`
            : `“${item.field}” is a ${target.field.type.replaceAll("_", " ")} field, which can't be scored`,
        );
      }
      placed.push({ sectionFor: target.sectionFor, range });
    });
    const audiences = new Set(placed.map((item) => item.sectionFor));
    // A score over both partners' sections scores each partner over their own items
    // (plus shared ones), so the two sides must be the same measure to be comparable.
    const perPartner = audiences.has("hp") && audiences.has("ip");
    const signature = (side: "hp" | "ip") =>
      placed
        .filter((item) => item.sectionFor === side)
        .map((item) => `${item.range.min}:${item.range.max}`)
        .sort()
        .join(",");
    if (perPartner && signature("hp") !== signature("ip")) {
      report(ctx, [...scorePath, "items"], "A score over both partners needs the same number of items for each, with the same ranges");
    } else if (!perPartner && audiences.size > 1) {
      report(ctx, [...scorePath, "items"], "All items of a score must be in sections for the same partner, all for both, or matched one for one between the partners");
    }
    const counted = perPartner ? placed.filter((item) => item.sectionFor !== "ip") : placed;
    let low = counted.reduce((sum, item) => sum + item.range.min, 0);
    let high = counted.reduce((sum, item) => sum + item.range.max, 0);
    if (!complete || counted.length === 0) return;
    if (score.method === "mean") {
      low /= counted.length;
      high /= counted.length;
    }
    const round = (value: number) => Math.round(value * 1000) / 1000;
    if (score.range && (round(score.range.min) !== round(low) || round(score.range.max) !== round(high))) {
      report(ctx, [...scorePath, "range"], `These items produce scores from ${round(low)} to ${round(high)}, not ${score.range.min} to ${score.range.max}`);
    }
    score.referenceLines.forEach((line, li) => {
      if (line.value < low || line.value > high) report(ctx, [...scorePath, "referenceLines", li, "value"], `Reference lines must lie between ${round(low)} and ${round(high)}`);
    });
    const bands = [...score.bands.entries()].sort(([, a], [, b]) => a.from - b.from);
    bands.forEach(([bi, band], position) => {
      const at = [...scorePath, "bands", bi];
      if (band.from >= band.to) report(ctx, [...at, "to"], "A band must end above where it starts");
      if (band.from < low || band.to > high) report(ctx, at, `Bands must lie between ${round(low)} and ${round(high)}`);
      const previous = bands[position - 1];
      if (previous && band.from < previous[1].to) report(ctx, [...at, "from"], `This band overlaps “${previous[1].label}”`);
    });
  });
}

/** Every string anywhere in the definition must be storable (no NUL, no broken emoji). */
function checkText(value: unknown, path: Path, ctx: Ctx) {
  if (typeof value === "string") {
    if (!isStorableText(value)) report(ctx, path, UNSTORABLE_TEXT_MESSAGE);
  } else if (Array.isArray(value)) {
    value.forEach((item, index) => checkText(item, [...path, index], ctx));
  } else if (value && typeof value === "object") {
    for (const [key, item] of Object.entries(value)) checkText(item, [...path, key], ctx);
  }
}

/** Cross-field rules of a template definition; every message names what to fix. */
export function checkDefinition(definition: Definition, ctx: Ctx): void {
  checkText(definition, [], ctx);
  const fields = locateFields(definition);
  checkKeys(definition, fields, ctx);
  checkAudiences(definition, fields, ctx);
  checkLimits(fields, ctx);
  checkPairs(fields, ctx);
  checkConditions(fields, ctx);
  checkScoring(definition, fields, ctx);
  checkDiscrepancies(definition, fields, ctx);
  checkDiscuss(definition, fields, ctx);
}
