import { describe, expect, it } from "vitest";
import { ZTemplateDefinition, type TTemplateDefinitionInput } from "@/db/schema/exercises/definition";
import { pathIssues } from "@/db/schema/exercises/issues";
import { everyFieldDefinition } from "../../support/every-field-definition";

function issuesOf(definition: unknown) {
  const result = ZTemplateDefinition.safeParse(definition);
  if (result.success) return [];
  return pathIssues(result.error);
}

/** Loosely typed, so a test can break the template in ways the types would not allow. */
interface Loose {
  audience: string;
  sections: { fields: Record<string, unknown>[] }[];
  scoring: {
    scores: { items: { field: string }[]; range: { min: number; max: number }; bands: { from: number }[]; referenceLines: { value: number }[] }[];
  };
}
type Change = (definition: Loose) => void;

/** A deep copy of the every-field template with one change applied. */
function variantOf(change: Change): TTemplateDefinitionInput {
  const copy = structuredClone(everyFieldDefinition);
  change(copy);
  return copy;
}

const field = (d: Loose, section: number, index: number) => d.sections[section]!.fields[index]!;

describe("template definition schema", () => {
  it("accepts a template with every field type and fills in defaults", () => {
    const parsed = ZTemplateDefinition.parse(everyFieldDefinition);
    expect(parsed.schemaVersion).toBe(1);
    expect(parsed.defaultSchedule).toEqual({ kind: "once", dueInDays: 7 });
    const long = parsed.sections[0]!.fields.find((field) => field.key === "long");
    expect(long).toMatchObject({ type: "long_text", maxLength: 20_000, required: false, pairedReveal: false });
  });

  const refusals: [string, Change, string, string][] = [
    ["a duplicate field key", (d) => void (field(d, 1, 0).key = "short"), "sections[1].fields[0].key", "used twice"],
    ["a condition on a later field", (d) => void (field(d, 0, 0).showWhen = { field: "yesno" }), "sections[0].fields[0].showWhen.field", "comes before"],
    ["a condition on a missing field", (d) => void (field(d, 0, 6).showWhen = { field: "nope" }), "sections[0].fields[6].showWhen.field", "no field with key"],
    ["a condition value that is not an option", (d) => void (field(d, 0, 8).showWhen = { field: "select", equals: "q" }), "sections[0].fields[8].showWhen.equals", "not one of"],
    ["a pair key with no counterpart", (d) => void (field(d, 2, 0).pairKey = "other"), "sections[1].fields[0].pairKey", "No involved-partner field"],
    ["paired reveal on a private field", (d) => void (field(d, 1, 0).visibility = "counselor_only"), "sections[1].fields[0].pairedReveal", "shared answer"],
    ["an unscorable score item", (d) => void (d.scoring.scores[0]!.items[0] = { field: "short" }), "scoring.scores[0].items[0].field", "can't be scored"],
    ["a declared range the items cannot produce", (d) => void (d.scoring.scores[0]!.range = { min: 0, max: 17 }), "scoring.scores[0].range", "from 1 to 17"],
    ["overlapping bands", (d) => void (d.scoring.scores[0]!.bands[1]!.from = 5), "scoring.scores[0].bands[1].from", "overlaps"],
    ["a reference line outside the range", (d) => void (d.scoring.scores[0]!.referenceLines[0]!.value = 30), "scoring.scores[0].referenceLines[0].value", "between 1 and 17"],
    ["an option value used twice", (d) => void ((field(d, 0, 7).options as { value: string }[])[1]!.value = "a"), "sections[0].fields[7].options[1].value", "used twice"],
    ["a long text limit over 20,000", (d) => void (field(d, 0, 1).maxLength = 20_001), "sections[0].fields[1].maxLength", "at most 20,000"],
    ["an unknown field type", (d) => void (field(d, 0, 0).type = "essay"), "sections[0].fields[0].type", "field type"],
    ["a section for the wrong partner", (d) => void (d.audience = "hp"), "sections[2].for", "not assigned to"],
  ];

  it.each(refusals)("refuses %s, at the exact path", (_name, change, path, message) => {
    expect(issuesOf(variantOf(change))).toContainEqual({ path, message: expect.stringContaining(message) as string });
  });

  it("requires shared answers and no safety questions in a joint exercise", () => {
    const together = {
      title: "Joint",
      phase: "p3",
      audience: "together",
      sections: [
        {
          key: "joint",
          title: "Together",
          fields: [
            { key: "plan", type: "short_text", label: "Plan", visibility: "counselor_only" },
            { key: "fear", type: "yes_no", label: "Fear", visibility: "safety" },
          ],
        },
      ],
    };
    const issues = issuesOf(together);
    expect(issues).toContainEqual({ path: "sections[0].fields[0].visibility", message: expect.stringContaining("must be shared") as string });
    expect(issues).toContainEqual({ path: "sections[0].fields[1].visibility", message: expect.stringContaining("Safety questions") as string });
  });

  it("refuses keys that are not lower_snake_case and unknown properties", () => {
    const issues = issuesOf(variantOf((d) => void Object.assign(field(d, 0, 0), { key: "Bad Key", colour: "red" })));
    expect(issues.map((issue) => issue.path)).toEqual(expect.arrayContaining(["sections[0].fields[0].key", "sections[0].fields[0]"]));
  });
});
