import type { VisibilityClass } from "@/db/schema/_shared/enums";
import { isMorePrivate, withOverrides } from "@/db/schema/assignments/rules";
import type { TTemplateDefinition } from "@/db/schema/exercises/definition";

type Overrides = Record<string, VisibilityClass>;

const NOT_IN_EXERCISE = "This question isn't part of the exercise.";
const ONLY_TIGHTER = "This can only be made more private now: a partner may already be answering under the current setting.";

/** Every question with the class its template gives it and the class this assignment uses. */
export function fieldPrivacy(definition: TTemplateDefinition, overrides: Overrides) {
  const effective = withOverrides(definition, overrides);
  return definition.sections.flatMap((section, si) =>
    section.fields.map((field, fi) => ({
      key: field.key,
      label: field.label,
      section: { key: section.key, title: section.title, for: section.for },
      defaultVisibility: field.visibility,
      visibility: effective.sections[si]?.fields[fi]?.visibility ?? field.visibility,
    })),
  );
}

/**
 * Questions that appear only after an earlier answer and are less private than it:
 * their mere appearance would tell readers how that answer went. Keyed by question,
 * with the earlier question's label.
 */
function revealingQuestions(definition: TTemplateDefinition, overrides: Overrides): Map<string, string> {
  const fields = withOverrides(definition, overrides).sections.flatMap((section) => section.fields);
  const byKey = new Map(fields.map((field) => [field.key, field]));
  const revealing = new Map<string, string>();
  for (const field of fields) {
    const earlier = field.showWhen ? byKey.get(field.showWhen.field) : undefined;
    if (earlier && isMorePrivate(earlier.visibility, field.visibility)) revealing.set(field.key, earlier.label);
  }
  return revealing;
}

/**
 * Checks a requested set of overrides against the assignment's current ones. Each
 * answer may stay as private as it is now or become more private, never less (someone
 * may be writing under the current wording), and no question may start giving away a
 * more private answer. Returns what to store: only classes that differ from the template's.
 */
export function reviewOverrideEdit(definition: TTemplateDefinition, current: Overrides, requested: Overrides, looserMessage = ONLY_TIGHTER) {
  const fieldErrors: Record<string, string[]> = {};
  const fields = fieldPrivacy(definition, current);
  const known = new Set(fields.map((field) => field.key));
  for (const key of Object.keys(requested)) if (!known.has(key)) fieldErrors[`visibilityOverrides.${key}`] = [NOT_IN_EXERCISE];

  const overrides: Overrides = {};
  for (const field of fields) {
    const next = requested[field.key] ?? field.defaultVisibility;
    if (next !== field.visibility && !isMorePrivate(next, field.visibility)) fieldErrors[`visibilityOverrides.${field.key}`] = [looserMessage];
    else if (next !== field.defaultVisibility) overrides[field.key] = next;
  }

  // Only new problems are this edit's doing; earlier assignments may predate the check.
  const before = revealingQuestions(definition, current);
  for (const [key, earlierLabel] of revealingQuestions(definition, overrides)) {
    if (before.has(key)) continue;
    fieldErrors[`visibilityOverrides.${key}`] ??= [`This question only appears after “${earlierLabel}” is answered, so it must be at least as private as that answer.`];
  }
  return { fieldErrors, overrides };
}
