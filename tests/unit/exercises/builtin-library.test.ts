import { describe, expect, it } from "vitest";
import { AUDIENCES, COUPLE_PHASES } from "@/db/schema/_shared/enums";
import { ZTemplateDefinition } from "@/db/schema/exercises/definition";
import { BUILTIN_LIBRARY, parsedBuiltinLibrary } from "@/server/exercises/library";
import { buildLibraryExport } from "@/server/exercises/library-export";

const library = parsedBuiltinLibrary();
// Catalogue cards may be scored too (the daily check-in charts mood and trust); measures are the "M" cards.
const exercises = library.filter((template) => template.catalogueId !== "M");
const measures = library.filter((template) => template.catalogueId === "M");
const allFields = library.flatMap((template) =>
  template.definition.sections.flatMap((section) => section.fields.map((field) => ({ slug: template.slug, field }))),
);

// Words that mark a question about violence, coercion or risk of harm (SPEC §6).
const SAFETY_WORDING =
  /afraid of (my|your) partner|unsafe|suicid|end(ing)? my life|no longer alive|harm(ing)? (myself|someone|others|anyone)|hurt(ing)? myself|forced|threat|weapon|chok/i;
// Program and handout names that are trademarked or copyrighted (SPEC §3).
const PROTECTED_NAMES = /gottman|trust revival|aftermath of a fight|state of the union|hold me tight|\battune\b|flashlight walk|love map|four horsemen/i;

describe("built-in library", () => {
  it("every template validates against the definition schema", () => {
    for (const builtin of BUILTIN_LIBRARY) {
      const result = ZTemplateDefinition.safeParse(builtin.definition);
      expect(result.error?.issues ?? [], builtin.slug).toEqual([]);
    }
  });

  it("ships at least 20 exercises across every phase and audience, with unique slugs", () => {
    expect(exercises.length).toBeGreaterThanOrEqual(20);
    expect(new Set(library.map((template) => template.slug)).size).toBe(library.length);
    expect(new Set(exercises.map((template) => template.definition.phase))).toEqual(new Set(COUPLE_PHASES));
    expect(new Set(exercises.map((template) => template.definition.audience))).toEqual(new Set(AUDIENCES));
  });

  it("covers the catalogue, each card once", () => {
    const cards = exercises.map((template) => template.catalogueId);
    expect(new Set(cards).size).toBe(cards.length);
    for (const card of ["E01", "E04", "E05", "E07", "E08", "E09", "E10", "E11", "E12", "E13", "E14", "E15", "E17", "E19", "E20", "E21", "E22", "E24", "E25"]) {
      expect(cards).toContain(card);
    }
  });

  it("keeps the private safety check-in entirely in the safety class", () => {
    const checkIn = library.find((template) => template.catalogueId === "E01");
    const classes = new Set(checkIn?.definition.sections.flatMap((section) => section.fields.map((field) => field.visibility)));
    expect(classes).toEqual(new Set(["safety"]));
  });

  it("puts every question about violence, coercion or harm in the safety class", () => {
    const misfiled = allFields.filter(({ field }) => SAFETY_WORDING.test(field.label) && field.visibility !== "safety");
    expect(misfiled.map(({ slug, field }) => `${slug}.${field.key}: ${field.label}`)).toEqual([]);
  });

  it("marks exactly the catalogue's safety-gated exercises as needing clearance", () => {
    const gated = library.filter((template) => template.definition.needsSafetyClearance).map((template) => template.catalogueId);
    expect(gated.sort()).toEqual(["E06", "E07", "E09", "E23"]);
  });

  it("writes instructions for every exercise and uses no protected program names", () => {
    for (const template of library) {
      expect(template.definition.instructions.length, template.slug).toBeGreaterThan(80);
      expect(JSON.stringify(template.definition), template.slug).not.toMatch(PROTECTED_NAMES);
    }
  });

  it("labels its own measures and scored exercises as non-standardised and scores the measures", () => {
    expect(measures.length).toBeGreaterThanOrEqual(2);
    for (const scored of library.filter((template) => template.definition.scoring)) {
      expect(scored.definition.source?.standardized, scored.slug).toBe(false);
    }
    for (const measure of measures) {
      expect(measure.definition.source?.standardized, measure.slug).toBe(false);
      expect(measure.definition.scoring?.scores.length, measure.slug).toBeGreaterThan(0);
    }
  });

  it("exports every current template with its content version", () => {
    const exported = buildLibraryExport(new Date("2026-11-23T00:00:00Z"));
    expect(exported).toMatchObject({ format: "trellis-library", count: library.length, exportedAt: "2026-11-23T00:00:00.000Z" });
    expect(exported.templates.map((template) => template.slug)).toEqual(library.map((template) => template.slug));
    expect(exported.templates.every((template) => template.contentVersion >= 1)).toBe(true);
  });
});
