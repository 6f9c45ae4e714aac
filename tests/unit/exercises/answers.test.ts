import { describe, expect, it } from "vitest";
import { answerSchemaFor, fieldsForVariant, validateAnswers } from "@/db/schema/exercises/answers";
import { ZTemplateDefinition } from "@/db/schema/exercises/definition";
import { computeScores } from "@/db/schema/exercises/scoring";
import { everyFieldDefinition } from "../../support/every-field-definition";

const definition = ZTemplateDefinition.parse(everyFieldDefinition);
const minimal = { short: "ok", scale: 5, likert5: 3, select: "a", ack: true };

function issues(answers: Record<string, unknown>, mode: "draft" | "submit" = "submit") {
  const result = validateAnswers(definition, "hp", answers, { mode });
  return result.success ? [] : result.issues;
}

describe("answer validation", () => {
  it("accepts the required answers alone and drops empty ones", () => {
    expect(validateAnswers(definition, "hp", { ...minimal, long: "   ", checks: [], items: [] }, { mode: "submit" })).toEqual({ success: true, data: minimal });
  });

  it("names each missing required answer in submit mode, and lets a draft save without them", () => {
    expect(issues({})).toEqual([
      { path: ["short"], message: "Please answer this" },
      { path: ["scale"], message: "Please choose an answer" },
      { path: ["likert5"], message: "Please choose an answer" },
      { path: ["select"], message: "Please choose an answer" },
      { path: ["ack"], message: "Please tick to confirm" },
    ]);
    expect(issues({}, "draft")).toEqual([]);
  });

  it("reports over-length text with the limit and the current length", () => {
    expect(issues({ ...minimal, short: "x".repeat(41) })).toEqual([{ path: ["short"], message: "Keep this to 40 characters or fewer (it has 41)" }]);
  });

  it("reports wrong types and out-of-range values at their field", () => {
    expect(issues({ ...minimal, scale: "7", count: 21, when: "2024-02-30", select: "c", checks: ["x", "y", "z"] })).toEqual([
      { path: ["scale"], message: "Choose a whole number from 0 to 10" },
      { path: ["select"], message: "Choose one of the options" },
      { path: ["checks"], message: "Tick at most 2" },
      { path: ["when"], message: "Enter a date as YYYY-MM-DD" },
      { path: ["count"], message: "Enter 20 times or less" },
    ]);
  });

  it("requires a conditional answer only while its condition holds, and never keeps a hidden one", () => {
    expect(issues({ ...minimal, yesno: true })).toEqual([{ path: ["yes_detail"], message: "Please answer this" }]);
    expect(validateAnswers(definition, "hp", { ...minimal, yesno: false, yes_detail: "stale" }, { mode: "submit" })).toEqual({
      success: true,
      data: { ...minimal, yesno: false },
    });
  });

  it("checks list items field by field, dropping blank rows", () => {
    const answers = { ...minimal, items: [{ what: "", how_much: 3 }, {}, { what: "fine" }], promises: [{ promise: "Call at lunch" }] };
    expect(issues(answers)).toEqual([
      { path: ["items", 0, "what"], message: "Please answer this" },
      { path: ["promises", 0, "owner"], message: "Please choose an answer" },
    ]);
    expect(issues({ ...minimal, items: [{ what: "a", extra: 1 }] })).toEqual([{ path: ["items", 0, "extra"], message: "“extra” is not part of this list" }]);
  });

  it("refuses answers to questions that are not in this partner's form", () => {
    expect(issues({ ...minimal, ip_trust: 4 })).toEqual([{ path: ["ip_trust"], message: "This question is not part of this exercise" }]);
  });

  it("enforces not-after-today dates when the author's date is known", () => {
    const dated = ZTemplateDefinition.parse({
      title: "Dated",
      phase: "p1",
      audience: "hp",
      sections: [{ key: "s", title: "S", fields: [{ key: "on", type: "date", label: "On", visibility: "shared", notAfterToday: true }] }],
    });
    expect(validateAnswers(dated, "hp", { on: "2026-11-24" }, { mode: "submit", today: "2026-11-23" })).toMatchObject({
      success: false,
      issues: [{ path: ["on"], message: "This date can't be in the future" }],
    });
  });

  it("is usable as a zod schema with the same issues", () => {
    const result = answerSchemaFor(fieldsForVariant(definition, "hp"), { mode: "submit" }).safeParse({ short: "ok" });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.path)).toEqual([["scale"], ["likert5"], ["select"], ["ack"]]);
  });
});

describe("scoring", () => {
  it("sums items with reverse keying over each item's own range", () => {
    // scale 7 + likert5 reversed (1+5-2 = 4) + select b (2)
    expect(computeScores(definition, { scale: 7, likert5: 2, select: "b" })).toEqual([
      { key: "total", label: "Total", value: 13, answered: 3, items: 3, range: { min: 1, max: 17 } },
    ]);
  });

  it("leaves a score empty until every item is answered", () => {
    expect(computeScores(definition, { scale: 7 })[0]).toMatchObject({ value: null, answered: 1, items: 3 });
  });

  it("averages for mean scores", () => {
    const mean = ZTemplateDefinition.parse({
      ...everyFieldDefinition,
      scoring: { scores: [{ key: "avg", label: "Average", method: "mean", items: [{ field: "likert5" }, { field: "scale", reverse: true }] }] },
    });
    // (4 + (0 + 10 − 2)) / 2
    expect(computeScores(mean, { likert5: 4, scale: 2 })[0]).toMatchObject({ value: 6, range: { min: 0.5, max: 7.5 } });
  });
});
