import type { TTemplateDefinition } from "@/db/schema/exercises/definition";

/** What a library card and the assign form need: enough to choose an exercise, without shipping its fields. */
export function summarizeDefinition(definition: TTemplateDefinition) {
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
  };
}
