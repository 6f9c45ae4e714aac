import { describe, expect, it } from "vitest";
import { ZTemplateDefinition } from "@/db/schema/exercises/definition";
import { parsedBuiltinLibrary } from "@/server/exercises/library";
import { CRISIS_PHRASES, findCrisisPhrases } from "@/server/services/safety/crisis-phrases";
import { flagsFor } from "@/server/services/safety/raise-flags";

const response = { responseId: "r", coupleId: "c", authorId: "a" };
const now = new Date("2026-11-23T12:00:00Z");
const builtin = (slug: string) => parsedBuiltinLibrary().find((entry) => entry.slug === slug)!.definition;

const notes = ZTemplateDefinition.parse({
  title: "Notes",
  phase: "p1",
  audience: "each",
  sections: [
    {
      key: "s",
      title: "S",
      fields: [
        { key: "note", type: "long_text", label: "Note", visibility: "counselor_only" },
        { key: "items", type: "repeatable_list", label: "Items", itemFields: [{ key: "text", type: "short_text", label: "Text" }], visibility: "shared" },
      ],
    },
  ],
});

describe("crisis phrases in free text", () => {
  it.each([
    ["Some nights I think about killing myself.", "suicide"],
    ["I just want to die.", "suicide"],
    ["I've been cutting myself again.", "self-harm"],
    ["If he does it again I will make him pay.", "intent to harm"],
    ["Last week he choked me in the kitchen.", "violence"],
    ["She threatened to kill me if I left.", "violence"],
  ])("flags %j (%s)", (text) => {
    const found = findCrisisPhrases(notes, { note: text });
    expect(found).toHaveLength(1);
    expect(found[0]!.fieldKey).toBe("note");
    expect(found[0]!.excerpt.length).toBeLessThanOrEqual(text.length + 2);
  });

  it.each(["We killed time at the park.", "The movie was to die for.", "I cut the onions for dinner.", "We talked about how hurt I felt."])("leaves everyday words alone: %j", (text) => {
    expect(findCrisisPhrases(notes, { note: text })).toEqual([]);
  });

  it("reads list items too, one flag per phrase and field, with a short excerpt around the words", () => {
    const long = `${"a".repeat(200)} I want to die ${"b".repeat(200)}`;
    const found = findCrisisPhrases(notes, { items: [{ text: long }, { text: "i want to die" }] });
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ fieldKey: "items", severity: "critical" });
    expect(found[0]!.excerpt).toMatch(/^…a+ I want to die b+…$/);
    expect(found[0]!.excerpt.length).toBeLessThan(160);
  });

  it("keeps every phrase rule described and severe enough to reach the top of the caseload", () => {
    for (const phrase of CRISIS_PHRASES) expect(["high", "critical"]).toContain(phrase.severity);
  });
});

describe("flag rules on structured answers", () => {
  it("raises the safety check-in's flags, with the answer as the excerpt", () => {
    const raised = flagsFor(builtin("private-safety-check-in"), { afraid_of_partner: true, partner_behaviours: ["hit_or_hurt", "monitored_devices"], thoughts_of_suicide: false }, response, now);
    expect(raised.map((flag) => [flag.rule, flag.severity])).toEqual([
      ["Afraid of partner", "high"],
      ["Physical violence, threats, a weapon or forced sex reported", "critical"],
      ["Monitoring, following or controlling behaviour reported", "high"],
    ]);
    expect(raised[0]).toMatchObject({ fieldKey: "afraid_of_partner", excerpt: "I feel afraid of my partner: Yes", raisedAt: now, ...response });
  });

  it("raises nothing for reassuring answers", () => {
    expect(flagsFor(builtin("private-safety-check-in"), { afraid_of_partner: false, partner_behaviours: ["none_of_these"], thoughts_of_suicide: false }, response, now)).toEqual([]);
    expect(flagsFor(builtin("daily-trust-check-in"), { felt_unsafe: false, hp_trust: 3 }, response, now)).toEqual([]);
  });

  it("refuses a flag rule on a field that doesn't exist, at its path", () => {
    const result = ZTemplateDefinition.safeParse({ ...notes, flags: [{ key: "x", label: "X", field: "missing", when: { answered: true }, severity: "high" }] });
    expect(result.success).toBe(false);
    expect(result.error!.issues.map((issue) => issue.path.join("."))).toContain("flags.0.field");
  });
});
