import type { Audience, PartnerLabel, VisibilityClass } from "../_shared/enums";
import type { TTemplateDefinition, Variant } from "../exercises/definition";
import { VISIBILITY_CLASSES } from "../_shared/enums";

/**
 * Who an exercise can be assigned to, given who it was written for: an exercise for
 * each partner may also go to just one of them; the others only as written.
 */
export function assignableAudiences(templateAudience: Audience): Audience[] {
  if (templateAudience === "each") return ["each", "hp", "ip"];
  return [templateAudience];
}

/** True when `candidate` is strictly more private than `base` (overrides may only tighten). */
export function isMorePrivate(candidate: VisibilityClass, base: VisibilityClass): boolean {
  return VISIBILITY_CLASSES.indexOf(candidate) < VISIBILITY_CLASSES.indexOf(base);
}

/**
 * Which version of the form a partner fills in. HP/IP assignments decide it; for
 * "each" and "together" the partner's label does. A mutual partner is hurt too, so
 * answers the hurt partner's questions; an unlabelled partner does the same until the
 * counselor sets labels (the assign form says so).
 */
export function variantFor(audience: Audience, label: PartnerLabel): Variant {
  if (audience === "hp" || audience === "ip") return audience;
  return label === "involved" ? "ip" : "hp";
}

/** The definition as this assignment uses it: each field at its overridden (never less private) class. */
export function withOverrides(definition: TTemplateDefinition, overrides: Record<string, VisibilityClass>): TTemplateDefinition {
  if (Object.keys(overrides).length === 0) return definition;
  return {
    ...definition,
    sections: definition.sections.map((section) => ({
      ...section,
      fields: section.fields.map((field) => {
        const override = overrides[field.key];
        if (!override || !isMorePrivate(override, field.visibility)) return field;
        // A field made private is no longer revealed in pairs: that only applies to shared answers.
        return { ...field, visibility: override, pairedReveal: override === "shared" ? field.pairedReveal : false };
      }),
    })),
  };
}
