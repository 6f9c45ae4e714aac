import type { TTemplateDefinition } from "@/db/schema/exercises/definition";
import type { VisibilityClass } from "@/db/schema/_shared/enums";

/** What a library card shows: enough to choose an exercise, without shipping every field. */
export function summarizeDefinition(definition: TTemplateDefinition) {
  const fields = definition.sections.flatMap((section) => section.fields);
  const visibility = [...new Set(fields.map((field) => field.visibility))] as VisibilityClass[];
  return {
    title: definition.title,
    summary: definition.summary,
    phase: definition.phase,
    audience: definition.audience,
    tags: definition.tags,
    estimatedMinutes: definition.estimatedMinutes,
    defaultSchedule: definition.defaultSchedule,
    needsSafetyClearance: definition.needsSafetyClearance,
    isMeasure: Boolean(definition.scoring),
    standardized: definition.source?.standardized ?? false,
    fieldCount: fields.length,
    visibility,
  };
}
