import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fieldsForVariant, shownFieldKeys, validateAnswers } from "@/db/schema/exercises/answers";
import { VARIANTS, ZTemplateDefinition } from "@/db/schema/exercises/definition";
import { parsedBuiltinLibrary } from "@/server/exercises/library";
import { invalidValueOf, validAnswers } from "../../support/answer-arbitraries";
import { everyFieldDefinition } from "../../support/every-field-definition";

const templates = [
  { slug: "every-field", definition: ZTemplateDefinition.parse(everyFieldDefinition) },
  ...parsedBuiltinLibrary().map(({ slug, definition }) => ({ slug, definition })),
];
const cases = templates.flatMap((template) =>
  VARIANTS.filter((variant) => fieldsForVariant(template.definition, variant).length > 0 && (template.definition.audience !== (variant === "hp" ? "ip" : "hp"))).map(
    (variant) => ({ ...template, variant }),
  ),
);

describe.each(cases)("derived answer schema: $slug as $variant", ({ definition, variant }) => {
  it("accepts generated valid answers, and its output is stable when checked again", () => {
    fc.assert(
      fc.property(validAnswers(definition, variant), (answers) => {
        const result = validateAnswers(definition, variant, answers, { mode: "submit" });
        expect(result).toMatchObject({ success: true });
        if (!result.success) return;
        expect(validateAnswers(definition, variant, result.data, { mode: "submit" })).toEqual(result);
      }),
      { numRuns: 60 },
    );
  });

  it("refuses a mutated answer, naming the field it belongs to", () => {
    const fields = fieldsForVariant(definition, variant);
    fc.assert(
      fc.property(validAnswers(definition, variant), fc.nat(), fc.nat(), (answers, pickField, pickValue) => {
        const visible = shownFieldKeys(fields, answers);
        const shown = fields.filter((field) => visible.has(field.key));
        const field = shown[pickField % shown.length]!;
        const bad = invalidValueOf(field);
        const mutated = { ...answers, [field.key]: bad[pickValue % bad.length] };
        const result = validateAnswers(definition, variant, mutated, { mode: "draft" });
        expect(result.success).toBe(false);
        if (result.success) return;
        expect(result.issues.map((issue) => issue.path[0])).toContain(field.key);
      }),
      { numRuns: 60 },
    );
  });

  const required = fieldsForVariant(definition, variant).filter((field) => field.required && !field.showWhen);
  it.runIf(required.length > 0)("refuses a submission missing a required answer, at that field", () => {
    fc.assert(
      fc.property(validAnswers(definition, variant), fc.nat(), (answers, pick) => {
        const field = required[pick % required.length]!;
        const { [field.key]: _removed, ...rest } = answers;
        const result = validateAnswers(definition, variant, rest, { mode: "submit" });
        expect(result.success).toBe(false);
        if (!result.success) expect(result.issues).toContainEqual({ path: [field.key], message: expect.any(String) as string });
        // A draft with the same gap still saves.
        expect(validateAnswers(definition, variant, rest, { mode: "draft" }).success).toBe(true);
      }),
      { numRuns: 30 },
    );
  });
});
