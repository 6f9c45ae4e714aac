import { describe, expect, it } from "vitest";
import { findDiscrepancies } from "@/server/services/prep/discrepancies";
import { parsedBuiltinLibrary } from "@/server/exercises/library";
import { submitted, withRules } from "./fixture";

const definition = withRules({
  discrepancies: [
    { key: "talked", label: "Talked vs asked", kind: "mismatch", hp: "hp_talked", ip: "ip_asked" },
    { key: "leaning", label: "Leaning", kind: "mismatch", hp: "leaning", ip: "leaning" },
    { key: "asked_not_heard", label: "Asked, not heard", kind: "claim_vs_experience", claim: { field: "ip_asked", equals: true }, experience: { field: "hp_heard", atMost: 4 } },
    { key: "trust_gap", label: "Trust gap", kind: "gap", hp: "hp_trust", ip: "ip_trust", atLeast: 4 },
    { key: "trust_trend", label: "Trust trend", kind: "opposite_trend", hp: "hp_trust", ip: "ip_trust", atLeast: 2 },
  ],
});

const only = (kind: string) => withRules({ discrepancies: definition.discrepancies.filter((rule) => rule.kind === kind) });
const day = "2026-11-20";

describe("findDiscrepancies: mismatch", () => {
  const rules = withRules({ discrepancies: definition.discrepancies.filter((rule) => rule.key === "talked") });

  it("fires when both answered differently, either way round", () => {
    const [found] = findDiscrepancies(rules, [submitted("hp", day, { hp_talked: false }), submitted("ip", day, { ip_asked: true })]);
    expect(found).toMatchObject({
      ruleKey: "talked",
      kind: "mismatch",
      label: "Talked vs asked",
      dueOn: day,
      explanation: "The hurt partner answered “No” and the involved partner “Yes”.",
      hp: { fieldKey: "hp_talked", fieldLabel: "We talked", value: false, dueOn: day },
      ip: { fieldKey: "ip_asked", fieldLabel: "I asked", value: true, dueOn: day },
    });
    const reverse = findDiscrepancies(rules, [submitted("hp", day, { hp_talked: true }), submitted("ip", day, { ip_asked: false })]);
    expect(reverse.map((item) => item.explanation)).toEqual(["The hurt partner answered “Yes” and the involved partner “No”."]);
  });

  it("stays quiet when they agree, or either side is missing", () => {
    expect(findDiscrepancies(rules, [submitted("hp", day, { hp_talked: true }), submitted("ip", day, { ip_asked: true })])).toEqual([]);
    expect(findDiscrepancies(rules, [submitted("hp", day, { hp_talked: true }), submitted("ip", day, {})])).toEqual([]);
    expect(findDiscrepancies(rules, [submitted("hp", day, { hp_talked: true })])).toEqual([]);
    expect(findDiscrepancies(rules, [submitted("hp", day, { hp_talked: true }), submitted("ip", "2026-11-21", { ip_asked: false })])).toEqual([]);
  });

  it("compares one shared question answered by both, by its option labels", () => {
    const shared = withRules({ discrepancies: definition.discrepancies.filter((rule) => rule.key === "leaning") });
    const found = findDiscrepancies(shared, [submitted("hp", day, { leaning: "stay" }), submitted("ip", day, { leaning: "undecided" })]);
    expect(found.map((item) => item.explanation)).toEqual(["The hurt partner answered “Stay” and the involved partner “Undecided”."]);
  });

  it("reads each partner's latest submission for a date", () => {
    const answers = [
      submitted("hp", day, { hp_talked: false }, "2026-11-20T08:00:00.000Z"),
      submitted("hp", day, { hp_talked: true }, "2026-11-20T21:00:00.000Z"),
      submitted("ip", day, { ip_asked: true }),
    ];
    expect(findDiscrepancies(rules, answers)).toEqual([]);
  });
});

describe("findDiscrepancies: claim_vs_experience", () => {
  const rules = only("claim_vs_experience");

  it("fires when the claim holds and the other partner's experience is at or below the line", () => {
    const found = findDiscrepancies(rules, [submitted("hp", day, { hp_heard: 4 }), submitted("ip", day, { ip_asked: true })]);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({
      kind: "claim_vs_experience",
      explanation: "The involved partner answered “Yes”, while the hurt partner rated 4 (rule: 4 or less).",
      hp: { fieldKey: "hp_heard", value: 4 },
      ip: { fieldKey: "ip_asked", value: true },
    });
  });

  it("stays quiet above the line, without the claim, or without an experience", () => {
    expect(findDiscrepancies(rules, [submitted("hp", day, { hp_heard: 5 }), submitted("ip", day, { ip_asked: true })])).toEqual([]);
    expect(findDiscrepancies(rules, [submitted("hp", day, { hp_heard: 1 }), submitted("ip", day, { ip_asked: false })])).toEqual([]);
    expect(findDiscrepancies(rules, [submitted("hp", day, {}), submitted("ip", day, { ip_asked: true })])).toEqual([]);
    expect(findDiscrepancies(rules, [submitted("ip", day, { ip_asked: true })])).toEqual([]);
  });

  it("works with the claim on the hurt partner's side too", () => {
    const reverse = withRules({
      discrepancies: [{ key: "c", label: "C", kind: "claim_vs_experience", claim: { field: "hp_talked", equals: true }, experience: { field: "ip_trust", atMost: 3 } }],
    });
    const found = findDiscrepancies(reverse, [submitted("hp", day, { hp_talked: true }), submitted("ip", day, { ip_trust: 2 })]);
    expect(found.map((item) => [item.explanation, item.hp.fieldKey, item.ip.fieldKey])).toEqual([
      ["The hurt partner answered “Yes”, while the involved partner rated 2 (rule: 3 or less).", "hp_talked", "ip_trust"],
    ]);
  });
});

describe("findDiscrepancies: gap", () => {
  const rules = only("gap");

  it("fires at the threshold, with the hurt partner high or low", () => {
    const high = findDiscrepancies(rules, [submitted("hp", day, { hp_trust: 9 }), submitted("ip", day, { ip_trust: 5 })]);
    expect(high.map((item) => item.explanation)).toEqual(["Answers differ by 4 points: hurt partner 9, involved partner 5 (rule: 4 or more)."]);
    const low = findDiscrepancies(rules, [submitted("hp", day, { hp_trust: 2 }), submitted("ip", day, { ip_trust: 7 })]);
    expect(low.map((item) => item.explanation)).toEqual(["Answers differ by 5 points: hurt partner 2, involved partner 7 (rule: 4 or more)."]);
  });

  it("stays quiet below the threshold or when a side is missing", () => {
    expect(findDiscrepancies(rules, [submitted("hp", day, { hp_trust: 6 }), submitted("ip", day, { ip_trust: 3 })])).toEqual([]);
    expect(findDiscrepancies(rules, [submitted("hp", day, { hp_trust: 0 }), submitted("ip", day, {})])).toEqual([]);
    expect(findDiscrepancies(rules, [submitted("hp", day, { hp_trust: 0 }), submitted("ip", day, { ip_trust: "10" })])).toEqual([]);
  });

  it("lists one discrepancy per occurrence, newest first", () => {
    const answers = ["2026-11-18", "2026-11-19", "2026-11-20"].flatMap((date, index) => [
      submitted("hp", date, { hp_trust: 1 + index }),
      submitted("ip", date, { ip_trust: 9 }),
    ]);
    expect(findDiscrepancies(rules, answers).map((item) => item.dueOn)).toEqual(["2026-11-20", "2026-11-19", "2026-11-18"]);
  });
});

describe("findDiscrepancies: opposite_trend", () => {
  const rules = only("opposite_trend");
  const series = (hp: number[], ip: number[]) => [
    ...hp.map((value, index) => submitted("hp", `2026-11-1${index}`, { hp_trust: value })),
    ...ip.map((value, index) => submitted("ip", `2026-11-1${index}`, { ip_trust: value })),
  ];

  it("fires when the hurt partner's rating falls while the other's rises, with first and last answers", () => {
    const [found] = findDiscrepancies(rules, series([7, 6, 4], [5, 6, 8]));
    expect(found).toMatchObject({
      kind: "opposite_trend",
      dueOn: null,
      explanation: "In this period the hurt partner's answer fell from 7 to 4 while the involved partner's answer rose from 5 to 8 (rule: moves of 2 or more in opposite directions).",
      hp: { value: 4, dueOn: "2026-11-12" },
      ip: { value: 8, dueOn: "2026-11-12" },
      hpFrom: { value: 7, dueOn: "2026-11-10" },
      ipFrom: { value: 5, dueOn: "2026-11-10" },
    });
  });

  it("fires the other way round too", () => {
    const found = findDiscrepancies(rules, series([2, 5], [8, 6]));
    expect(found.map((item) => item.explanation)).toEqual([
      "In this period the hurt partner's answer rose from 2 to 5 while the involved partner's answer fell from 8 to 6 (rule: moves of 2 or more in opposite directions).",
    ]);
  });

  it("stays quiet when both move the same way, one moves too little, or there are fewer than two answers each", () => {
    expect(findDiscrepancies(rules, series([2, 6], [3, 9]))).toEqual([]);
    expect(findDiscrepancies(rules, series([7, 4], [5, 6]))).toEqual([]);
    expect(findDiscrepancies(rules, series([7, 4], [5]))).toEqual([]);
    expect(findDiscrepancies(rules, [...series([7], [5, 9]), submitted("hp", "2026-11-15", {})])).toEqual([]);
  });

  it("does not need the partners to answer on the same days", () => {
    const answers = [
      submitted("hp", "2026-11-10", { hp_trust: 8 }),
      submitted("hp", "2026-11-14", { hp_trust: 3 }),
      submitted("ip", "2026-11-11", { ip_trust: 4 }),
      submitted("ip", "2026-11-13", { ip_trust: 7 }),
    ];
    expect(findDiscrepancies(rules, answers)[0]).toMatchObject({ hp: { dueOn: "2026-11-14" }, ipFrom: { dueOn: "2026-11-11" } });
  });
});

describe("findDiscrepancies across rules", () => {
  it("returns nothing for a definition without rules and orders by date, then rule order", () => {
    expect(findDiscrepancies(withRules({}), [submitted("hp", day, { hp_trust: 0 }), submitted("ip", day, { ip_trust: 10 })])).toEqual([]);
    const answers = [
      submitted("hp", "2026-11-19", { hp_trust: 8, hp_talked: true }),
      submitted("ip", "2026-11-19", { ip_trust: 2, ip_asked: false }),
      submitted("hp", "2026-11-20", { hp_trust: 2, hp_talked: false, hp_heard: 1 }),
      submitted("ip", "2026-11-20", { ip_trust: 9, ip_asked: true }),
    ];
    expect(findDiscrepancies(definition, answers).map((item) => `${item.dueOn ?? "trend"} ${item.ruleKey}`)).toEqual([
      "2026-11-20 talked",
      "2026-11-20 asked_not_heard",
      "2026-11-20 trust_gap",
      "trend trust_trend",
      "2026-11-19 talked",
      "2026-11-19 trust_gap",
    ]);
  });

  it("finds the daily check-in's catalogue examples", () => {
    const checkIn = parsedBuiltinLibrary().find((template) => template.catalogueId === "E11")!.definition;
    const answers = [
      submitted("hp", day, { hp_mood: 3, hp_trust: 2, hp_talked: true, hp_felt_heard: 3 }),
      submitted("ip", day, { ip_mood: 7, ip_trust_sense: 8, ip_asked: true, ip_non_defensive: 9 }),
    ];
    expect(findDiscrepancies(checkIn, answers).map((item) => item.ruleKey)).toEqual(["asked_not_heard", "trust_gap", "heard_vs_listened"]);
  });
});
