import type { Audience } from "@/db/schema/_shared/enums";
import type { Variant } from "@/db/schema/exercises/definition";

/** The partner forms a template can be previewed as: an HP-only exercise has no involved-partner form. */
export function previewVariants(audience: Audience): Variant[] {
  if (audience === "hp") return ["hp"];
  if (audience === "ip") return ["ip"];
  return ["hp", "ip"];
}
