import { describe, expect, it } from "vitest";
import { ZTemplateDefinition } from "@/db/schema/exercises/definition";
import { cleanForSave, toFormValues } from "@/components/template-builder/defaults";
import { parsedBuiltinLibrary } from "@/server/exercises/library";

describe("template builder round trip", () => {
  it("saves the discrepancy and to-discuss rules it has no editor for", () => {
    const checkIn = parsedBuiltinLibrary().find((template) => template.catalogueId === "E11")!.definition;
    const saved = cleanForSave(ZTemplateDefinition.parse(toFormValues(checkIn)));
    expect(saved.discrepancies).toEqual(checkIn.discrepancies);
    expect(saved.discuss).toEqual(checkIn.discuss);
    expect(saved.scoring).toEqual(checkIn.scoring);
  });
});
