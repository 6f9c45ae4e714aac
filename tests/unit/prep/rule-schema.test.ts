import { describe, expect, it } from "vitest";
import { ZTemplateDefinition, type TTemplateDefinitionInput } from "@/db/schema/exercises/definition";
import { pathIssues } from "@/db/schema/exercises/issues";
import { partnerFormOf } from "@/db/schema/exercises/partner-form";
import { parsedBuiltinLibrary } from "@/server/exercises/library";
import { rulesFixture, withRules } from "./fixture";

function issuesOf(extra: Record<string, unknown>) {
  const result = ZTemplateDefinition.safeParse({ ...structuredClone(rulesFixture), ...extra });
  return result.success ? [] : pathIssues(result.error);
}

const gap = { key: "g", label: "Gap", kind: "gap" as const, hp: "hp_trust", ip: "ip_trust", atLeast: 4 };

describe("discrepancy and to-discuss rules in the definition", () => {
  it("parses a stored definition that has neither, as empty lists", () => {
    const parsed = ZTemplateDefinition.parse(structuredClone(rulesFixture));
    expect(parsed.discrepancies).toEqual([]);
    expect(parsed.discuss).toEqual([]);
  });

  it("accepts one rule of every kind, with fields in everyone-sections counting for either partner", () => {
    const parsed = withRules({
      discrepancies: [
        { key: "m", label: "Mismatch", kind: "mismatch", hp: "hp_talked", ip: "ip_asked" },
        { key: "m2", label: "Same question", kind: "mismatch", hp: "leaning", ip: "leaning" },
        { key: "c", label: "Claim", kind: "claim_vs_experience", claim: { field: "ip_asked", equals: true }, experience: { field: "hp_heard", atMost: 4 } },
        { key: "g", label: "Gap", kind: "gap", hp: "commitment", ip: "commitment", atLeast: 3 },
        { key: "t", label: "Trend", kind: "opposite_trend", hp: "hp_trust", ip: "ip_trust", atLeast: 2 },
      ],
      discuss: [
        { key: "d1", label: "Strained", field: "items", itemField: "status", when: { oneOf: ["strained", "broken"] } },
        { key: "d2", label: "High", field: "items", itemField: "level", when: { atLeast: 8 } },
        { key: "d3", label: "Note", field: "note", when: { answered: true } },
        { key: "d4", label: "Hurt", field: "feelings", when: { equals: "hurt" } },
        { key: "d5", label: "Not kept", field: "promises", itemField: "status", when: { equals: "not_kept" } },
        { key: "d6", label: "Low", field: "hp_heard", when: { atMost: 2 } },
      ],
    });
    expect(parsed.discrepancies).toHaveLength(5);
    expect(parsed.discuss).toHaveLength(6);
  });

  const refusals: [string, Record<string, unknown>, string, string][] = [
    ["an unknown involved-partner field", { discrepancies: [{ ...gap, ip: "nope" }] }, "discrepancies[0].ip", "No involved-partner field has key “nope”"],
    ["an unknown hurt-partner field", { discrepancies: [{ ...gap, hp: "nope" }] }, "discrepancies[0].hp", "No hurt-partner field has key “nope”"],
    ["an involved-partner field in the hurt slot", { discrepancies: [{ ...gap, hp: "ip_trust" }] }, "discrepancies[0].hp", "only on the involved partner's form"],
    ["a hurt-partner field in the involved slot", { discrepancies: [{ ...gap, ip: "hp_trust" }] }, "discrepancies[0].ip", "only on the hurt partner's form"],
    ["a gap on fields with different ranges", { discrepancies: [{ ...gap, ip: "ip_agree" }] }, "discrepancies[0].ip", "same range"],
    ["a gap larger than the range", { discrepancies: [{ ...gap, atLeast: 11 }] }, "discrepancies[0].atLeast", "at most 10"],
    ["a gap of zero", { discrepancies: [{ ...gap, atLeast: 0 }] }, "discrepancies[0].atLeast", "above 0"],
    ["a gap on a choice", { discrepancies: [{ ...gap, ip: "ip_choice" }] }, "discrepancies[0].ip", "can't be compared by size"],
    ["a trend on a number without a maximum", { discrepancies: [{ ...gap, kind: "opposite_trend", ip: "ip_open_count" }] }, "discrepancies[0].ip", "can't be compared by size"],
    ["a mismatch of yes/no and a choice", { discrepancies: [{ key: "m", label: "M", kind: "mismatch", hp: "hp_talked", ip: "ip_choice" }] }, "discrepancies[0].ip", "two yes/no questions"],
    ["a mismatch of choices with different options", { discrepancies: [{ key: "m", label: "M", kind: "mismatch", hp: "leaning", ip: "ip_choice" }] }, "discrepancies[0].ip", "same option values"],
    [
      "a claim in a section for everyone",
      { discrepancies: [{ key: "c", label: "C", kind: "claim_vs_experience", claim: { field: "leaning", equals: "stay" }, experience: { field: "hp_heard", atMost: 4 } }] },
      "discrepancies[0].claim.field",
      "section for one partner",
    ],
    [
      "a claim value that is not an option",
      { discrepancies: [{ key: "c", label: "C", kind: "claim_vs_experience", claim: { field: "ip_choice", equals: "z" }, experience: { field: "hp_heard", atMost: 4 } }] },
      "discrepancies[0].claim.equals",
      "not one of",
    ],
    [
      "a yes/no claim compared with text",
      { discrepancies: [{ key: "c", label: "C", kind: "claim_vs_experience", claim: { field: "ip_asked", equals: "yes" }, experience: { field: "hp_heard", atMost: 4 } }] },
      "discrepancies[0].claim.equals",
      "true or false",
    ],
    [
      "an experience on the claimer's own side",
      { discrepancies: [{ key: "c", label: "C", kind: "claim_vs_experience", claim: { field: "ip_asked", equals: true }, experience: { field: "ip_trust", atMost: 4 } }] },
      "discrepancies[0].experience.field",
      "only on the involved partner's form",
    ],
    [
      "an experience threshold at the top of the range",
      { discrepancies: [{ key: "c", label: "C", kind: "claim_vs_experience", claim: { field: "ip_asked", equals: true }, experience: { field: "hp_heard", atMost: 10 } }] },
      "discrepancies[0].experience.atMost",
      "every answer would count",
    ],
    ["a rule key used twice", { discrepancies: [gap, { ...gap, label: "Again" }] }, "discrepancies[1].key", "used twice"],
    ["a label over 120 characters", { discrepancies: [{ ...gap, label: "x".repeat(121) }] }, "discrepancies[0].label", "120 characters"],
    ["an unknown kind", { discrepancies: [{ ...gap, kind: "vibes" }] }, "discrepancies[0].kind", "Choose a kind"],
    ["discrepancies on a one-partner exercise", { audience: "hp", sections: [rulesFixture.sections[0]], discrepancies: [{ ...gap, hp: "commitment", ip: "commitment" }] }, "discrepancies", "one partner only"],
    ["a to-discuss rule on a missing field", { discuss: [{ key: "d", label: "D", field: "nope", when: { answered: true } }] }, "discuss[0].field", "no field with key “nope”"],
    ["a list rule without an item field", { discuss: [{ key: "d", label: "D", field: "items", when: { answered: true } }] }, "discuss[0].itemField", "is a list"],
    ["an item field the list lacks", { discuss: [{ key: "d", label: "D", field: "items", itemField: "nope", when: { answered: true } }] }, "discuss[0].itemField", "no item field “nope”"],
    ["an item field on a single answer", { discuss: [{ key: "d", label: "D", field: "note", itemField: "what", when: { answered: true } }] }, "discuss[0].itemField", "not a list"],
    ["an option the item can't take", { discuss: [{ key: "d", label: "D", field: "items", itemField: "status", when: { oneOf: ["open", "gone"] } }] }, "discuss[0].when.oneOf[1]", "not one of"],
    ["a promise status that doesn't exist", { discuss: [{ key: "d", label: "D", field: "promises", itemField: "status", when: { equals: "done" } }] }, "discuss[0].when.equals", "not one of"],
    ["a threshold outside the scale", { discuss: [{ key: "d", label: "D", field: "hp_heard", when: { atLeast: 11 } }] }, "discuss[0].when.atLeast", "from 0 to 10"],
    ["a threshold on a choice", { discuss: [{ key: "d", label: "D", field: "leaning", when: { atLeast: 1 } }] }, "discuss[0].when.atLeast", "scales and numbers"],
    ["equals on free text", { discuss: [{ key: "d", label: "D", field: "note", when: { equals: "help" } }] }, "discuss[0].when.equals", "answered: true"],
    ["a yes/no compared with text", { discuss: [{ key: "d", label: "D", field: "items", itemField: "held", when: { equals: "yes" } }] }, "discuss[0].when.equals", "true or false"],
    ["two tests at once", { discuss: [{ key: "d", label: "D", field: "hp_heard", when: { atLeast: 2, atMost: 4 } }] }, "discuss[0].when", "exactly one"],
    ["no test at all", { discuss: [{ key: "d", label: "D", field: "hp_heard", when: {} }] }, "discuss[0].when", "exactly one"],
    [
      "a to-discuss key used twice",
      {
        discuss: [
          { key: "d", label: "D", field: "note", when: { answered: true } },
          { key: "d", label: "E", field: "note", when: { answered: true } },
        ],
      },
      "discuss[1].key",
      "used twice",
    ],
    ["more than 20 rules", { discuss: Array.from({ length: 21 }, (_, i) => ({ key: `d${i}`, label: "D", field: "note", when: { answered: true } })) }, "discuss", "at most 20"],
  ];

  it.each(refusals)("refuses %s, at the exact path", (_name, extra, path, message) => {
    expect(issuesOf(extra)).toContainEqual({ path, message: expect.stringContaining(message) as string });
  });

  it("accepts discrepancies on a joint exercise whose partners each have a section", () => {
    const joint = structuredClone(rulesFixture) as TTemplateDefinitionInput;
    joint.audience = "together";
    for (const section of joint.sections) for (const field of section.fields) field.visibility = "shared";
    expect(ZTemplateDefinition.safeParse({ ...joint, discrepancies: [gap] }).error?.issues ?? []).toEqual([]);
  });

  it("never gives a partner's form the rules or the scoring", () => {
    for (const { slug, definition } of parsedBuiltinLibrary()) {
      for (const variant of ["hp", "ip"] as const) {
        const form = JSON.stringify(partnerFormOf(definition, variant));
        for (const secret of ['"discrepancies":', '"discuss":', '"scoring":', '"atLeast":', '"atMost":', '"oneOf":']) expect(form, `${slug} ${variant}`).not.toContain(secret);
        for (const rule of [...definition.discrepancies, ...definition.discuss]) expect(form, `${slug} ${variant}`).not.toContain(rule.label);
      }
    }
    const form = partnerFormOf(withRules({ discrepancies: [gap], discuss: [{ key: "d", label: "D", field: "note", when: { answered: true } }] }), "hp");
    expect(Object.keys(form).sort()).toEqual(["estimatedMinutes", "instructions", "sections", "title"]);
  });
});
