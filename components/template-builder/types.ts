"use client";

import { createContext, useContext } from "react";
import { useFormContext, type Path } from "react-hook-form";
import type { z } from "zod";
import type { TTemplateDefinition, TTemplateDefinitionInput } from "@/db/schema/exercises/definition";
import type { ITEM_FIELD_TYPES, TTemplateFieldInput, ZItemField } from "@/db/schema/exercises/field-types";

/** The builder edits a whole template definition: the same shape the server validates. */
export type BuilderValues = TTemplateDefinitionInput;
export type BuilderPath = Path<BuilderValues>;

export type SectionPath = `sections.${number}`;
export type FieldPath = `sections.${number}.fields.${number}`;
export type ItemFieldPath = `sections.${number}.fields.${number}.itemFields.${number}`;
/** A single-value field: a top-level field or one part of a list item. */
export type ValueFieldPath = FieldPath | ItemFieldPath;
export type ScorePath = `scoring.scores.${number}`;

export type FieldInput = TTemplateFieldInput;
export type ItemFieldInput = z.input<typeof ZItemField>;
export type ValueType = (typeof ITEM_FIELD_TYPES)[number];

export function useBuilderForm() {
  return useFormContext<BuilderValues, unknown, TTemplateDefinition>();
}

/**
 * Sets a value at a path whose type TypeScript can't follow through the field-type
 * unions. Callers pass values of the right shape; the schema checks them on save.
 */
export function useSetAt() {
  const { setValue } = useBuilderForm();
  return (name: BuilderPath, value: unknown) => setValue(name, value as never, { shouldDirty: true });
}

/** What the builder knows beyond the form values. */
export interface BuilderSettings {
  /**
   * Keys and option values of the version being edited. They never follow label edits
   * automatically: answers and charts of earlier versions are matched by them.
   */
  loadedKeys: ReadonlySet<string>;
  /** Field cards of a loaded exercise start collapsed; new ones start open. */
  collapseLoadedFields: boolean;
}

export const BuilderSettingsContext = createContext<BuilderSettings>({ loadedKeys: new Set(), collapseLoadedFields: false });

export function useBuilderSettings() {
  return useContext(BuilderSettingsContext);
}
