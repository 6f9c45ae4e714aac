import type { TTemplateDefinitionInput } from "@/db/schema/exercises/definition";

/**
 * A template Trellis ships. `contentVersion` is bumped whenever the wording or the
 * fields change; starting the app then adds a new version of the template and
 * leaves every earlier version (and the answers written against it) untouched.
 */
export interface BuiltinTemplate {
  slug: string;
  /** The card in reference/clinical.md §2 this exercise is grounded in, e.g. "E11"; "M" for a measure. */
  catalogueId: string;
  contentVersion: number;
  definition: TTemplateDefinitionInput;
}

export function defineBuiltin(template: BuiltinTemplate): BuiltinTemplate {
  return template;
}
