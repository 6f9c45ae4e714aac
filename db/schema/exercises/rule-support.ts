import type { z } from "zod";
import type { ZTemplateDefinitionShape } from "./definition";
import type { TTemplateField } from "./field-types";

export type Definition = z.output<typeof ZTemplateDefinitionShape>;
export type Ctx = z.RefinementCtx<Definition>;
export type Path = (string | number)[];

/** A field with where it sits, so rules can report at its exact path and know whose form it is on. */
export interface Located {
  field: TTemplateField;
  path: Path;
  sectionFor: "everyone" | "hp" | "ip";
  order: number;
}

export function report(ctx: Ctx, path: Path, message: string) {
  ctx.addIssue({ code: "custom", path, message });
}

/** Every field of the definition with where it sits, in reading order. */
export function locateFields(definition: Definition): Located[] {
  const located: Located[] = [];
  definition.sections.forEach((section, si) => {
    section.fields.forEach((field, fi) => {
      located.push({ field, path: ["sections", si, "fields", fi], sectionFor: section.for, order: located.length });
    });
  });
  return located;
}
