import { describe, expect, it } from "vitest";
import { validateAnswers } from "@/db/schema/exercises/answers";
import { ZTemplateDefinition, type TTemplateDefinitionInput } from "@/db/schema/exercises/definition";
import type { TTemplateFieldInput } from "@/db/schema/exercises/field-types";
import { pathIssues } from "@/db/schema/exercises/issues";
import { partnerFormOf } from "@/db/schema/exercises/partner-form";
import { parsedBuiltinLibrary } from "@/server/exercises/library";

const def = (fields: TTemplateFieldInput[], extra: Partial<TTemplateDefinitionInput> = {}): TTemplateDefinitionInput => ({
  title: "T",
  phase: "p1",
  audience: "hp",
  sections: [{ key: "s", title: "S", fields }],
  ...extra,
});
const issuesOf = (input: TTemplateDefinitionInput) => {
  const result = ZTemplateDefinition.safeParse(input);
  return result.success ? [] : pathIssues(result.error);
};

describe("definition rules at the edges", () => {
  it("refuses a question that would reveal a more private answer it depends on", () => {
    expect(
      issuesOf(
        def([
          { key: "afraid", type: "yes_no", label: "I feel afraid of my partner", visibility: "safety" },
          { key: "tell_more", type: "long_text", label: "Tell us more", visibility: "shared", showWhen: { field: "afraid", equals: true } },
        ]),
      ),
    ).toEqual([{ path: "sections[0].fields[1].visibility", message: expect.stringContaining("at least as private") as string }]);
  });

  it.each([11, 3.5])("refuses a condition on a 0–10 scale that can never hold (%s)", (equals) => {
    const issues = issuesOf(
      def([
        { key: "x", type: "scale_0_10", label: "x", visibility: "shared" },
        { key: "y", type: "short_text", label: "y", visibility: "shared", showWhen: { field: "x", equals } },
      ]),
    );
    expect(issues).toEqual([{ path: "sections[0].fields[1].showWhen.equals", message: expect.stringContaining("never") as string }]);
  });

  it("refuses scoring an optional or conditional item, which could leave a score empty forever", () => {
    const issues = issuesOf(
      def(
        [
          { key: "x", type: "yes_no", label: "x", visibility: "counselor_only" },
          { key: "q", type: "scale_0_10", label: "q", visibility: "counselor_only", required: true, showWhen: { field: "x", equals: true } },
          { key: "r", type: "scale_0_10", label: "r", visibility: "counselor_only" },
        ],
        { scoring: { scores: [{ key: "t", label: "t", method: "sum", items: [{ field: "q" }, { field: "r" }] }] } },
      ),
    );
    expect(issues.map((issue) => issue.path)).toEqual(["scoring.scores[0].items[0].field", "scoring.scores[0].items[1].field"]);
  });

  it.each([
    ["a NUL character", "Letter\u0000one"],
    ["half of an emoji", "Letter \ud83d"],
  ])("refuses %s anywhere in a definition, at its path", (_name, title) => {
    expect(issuesOf(def([{ key: "q", type: "short_text", label: "Q", visibility: "shared", helpText: title }], { title }))).toEqual([
      { path: "title", message: expect.stringContaining("can't be saved") as string },
      { path: "sections[0].fields[0].helpText", message: expect.stringContaining("can't be saved") as string },
    ]);
  });
});

describe("answers at the edges", () => {
  const chained = ZTemplateDefinition.parse(
    def([
      { key: "x", type: "yes_no", label: "x", visibility: "shared" },
      {
        key: "a",
        type: "single_select",
        label: "a",
        visibility: "shared",
        options: [
          { value: "foo", label: "Foo" },
          { value: "bar", label: "Bar" },
        ],
        showWhen: { field: "x", equals: true },
      },
      { key: "b", type: "short_text", label: "b", visibility: "shared", required: true, showWhen: { field: "a", equals: "foo" } },
    ]),
  );

  it("hides, drops and stops requiring everything that hangs off a hidden question", () => {
    expect(validateAnswers(chained, "hp", { x: false, a: "foo", b: "kept anyway" }, { mode: "submit" })).toEqual({ success: true, data: { x: false } });
    expect(validateAnswers(chained, "hp", { x: true, a: "foo" }, { mode: "submit" })).toMatchObject({ success: false, issues: [{ path: ["b"] }] });
  });

  it("does not mistake Object.prototype for an answer", () => {
    const keyed = ZTemplateDefinition.parse(def([{ key: "constructor", type: "short_text", label: "Who", visibility: "shared", required: true }]));
    expect(validateAnswers(keyed, "hp", {}, { mode: "draft" })).toEqual({ success: true, data: {} });
    expect(validateAnswers(keyed, "hp", {}, { mode: "submit" })).toMatchObject({ success: false, issues: [{ path: ["constructor"] }] });
  });

  it("refuses deeply nested answers without overflowing the stack", () => {
    const plain = ZTemplateDefinition.parse(def([{ key: "q", type: "short_text", label: "Q", visibility: "shared" }]));
    let deep: unknown = "x";
    for (let level = 0; level < 100_000; level++) deep = { a: deep };
    expect(validateAnswers(plain, "hp", { q: deep }, { mode: "draft" })).toMatchObject({ success: false, issues: [{ path: ["q"] }] });
  });

  it("keeps an exclusive option such as “None of these” on its own", () => {
    const checklist = ZTemplateDefinition.parse(
      def([
        {
          key: "seen",
          type: "checklist",
          label: "In the past two weeks",
          visibility: "safety",
          options: [
            { value: "pushed", label: "Pushed or grabbed" },
            { value: "none", label: "None of these", exclusive: true },
          ],
        },
      ]),
    );
    expect(validateAnswers(checklist, "hp", { seen: ["none"] }, { mode: "submit" }).success).toBe(true);
    expect(validateAnswers(checklist, "hp", { seen: ["pushed", "none"] }, { mode: "submit" })).toMatchObject({
      success: false,
      issues: [{ path: ["seen"], message: "“None of these” can't be ticked together with other options" }],
    });
  });

  it("refuses text that can't be stored", () => {
    const plain = ZTemplateDefinition.parse(def([{ key: "q", type: "short_text", label: "Q", visibility: "shared" }]));
    expect(validateAnswers(plain, "hp", { q: "a\u0000b" }, { mode: "draft" })).toMatchObject({ success: false, issues: [{ path: ["q"] }] });
  });
});

describe("partner form", () => {
  it("carries one partner's sections only, with no scoring, option scores, source or pair keys", () => {
    for (const { slug, definition } of parsedBuiltinLibrary()) {
      for (const variant of ["hp", "ip"] as const) {
        const form = partnerFormOf(definition, variant);
        const json = JSON.stringify(form);
        expect(json, slug).not.toMatch(/"(scoring|score|source|pairKey|referenceLines|bands)"/);
        const other = variant === "hp" ? "ip" : "hp";
        const otherOnly = definition.sections.filter((section) => section.for === other).map((section) => section.key);
        expect(form.sections.map((section) => section.key).filter((key) => otherOnly.includes(key)), slug).toEqual([]);
      }
    }
  });

  it("drops option scores, which only the counselor's reading of a measure uses", () => {
    const scored = ZTemplateDefinition.parse(
      def([{ key: "q", type: "single_select", label: "Q", visibility: "shared", options: [{ value: "a", label: "A", score: 1 }, { value: "b", label: "B", score: 2 }] }]),
    );
    expect(JSON.stringify(partnerFormOf(scored, "hp"))).not.toContain('"score"');
  });
});
