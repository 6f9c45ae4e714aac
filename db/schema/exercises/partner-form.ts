import { sectionsForVariant } from "./answers";
import type { TTemplateDefinition, Variant } from "./definition";
import type { TTemplateField } from "./field-types";

type WithoutPairKey<T> = T extends unknown ? Omit<T, "pairKey"> : never;
export type PartnerField = WithoutPairKey<TTemplateField>;

/**
 * What one partner's form needs and nothing more: their own sections only, with no
 * scoring, reference lines, bands, instrument notes or pair keys. This is the only
 * shape of a template that a partner-facing component receives, so nothing about the
 * other partner's questions (or the counselor's reading of the answers) can reach
 * the browser, the HTML or the RSC payload.
 */
export interface PartnerForm {
  title: string;
  instructions: string;
  estimatedMinutes: number;
  sections: { key: string; title: string; intro?: string | undefined; fields: PartnerField[] }[];
}

/**
 * One question as a partner receives it: no pair key and no option scores, which only
 * the counselor's reading of a measure uses.
 */
export function partnerFieldOf({ pairKey: _pairKey, ...field }: TTemplateField): PartnerField {
  if (field.type !== "single_select" && field.type !== "checklist") return field;
  return { ...field, options: field.options.map(({ score: _score, ...option }) => option) };
}

export function partnerFormOf(definition: TTemplateDefinition, variant: Variant): PartnerForm {
  return {
    title: definition.title,
    instructions: definition.instructions,
    estimatedMinutes: definition.estimatedMinutes,
    sections: sectionsForVariant(definition, variant).map((section) => ({
      key: section.key,
      title: section.title,
      ...(section.intro ? { intro: section.intro } : {}),
      fields: section.fields.map(partnerFieldOf),
    })),
  };
}

export function partnerFormFields(form: PartnerForm): TTemplateField[] {
  return form.sections.flatMap((section) => section.fields);
}
