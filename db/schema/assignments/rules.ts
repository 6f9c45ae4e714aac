import type { Audience, VisibilityClass } from "../_shared/enums";
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
