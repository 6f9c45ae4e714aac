import type { TTemplateDefinition } from "@/db/schema/exercises/definition";
import { matchesOf } from "@/db/schema/exercises/rule-matching";
import { fieldsByKey, newestFirst, type Side, type SubmittedAnswers } from "./submitted";

export interface DiscussItem {
  ruleKey: string;
  label: string;
  responseId: string;
  side: Side;
  fieldKey: string;
  fieldLabel: string;
  /** The answer; for a list rule, the whole matching item (so the counselor sees what it is about). */
  value: unknown;
  dueOn: string;
  submittedAt: string;
  /** For a list rule: which item of the list matched. */
  itemIndex?: number;
}

/**
 * Answers the counselor should bring to the session, by the definition's to-discuss
 * rules: held questions, strained agreements, unaccepted repairs and the like.
 * `answers`: every submitted response of ONE assignment in the window, both partners.
 * Newest first; on the same submission, in the order of the rules and of list items.
 */
export function findDiscussItems(definition: TTemplateDefinition, answers: SubmittedAnswers[]): DiscussItem[] {
  if (definition.discuss.length === 0) return [];
  const fields = fieldsByKey(definition);
  // A joint exercise's sections for everyone are written together, so both partners'
  // responses may carry the same answer; in an "each" exercise equal answers are two people's.
  const joint = new Set(
    definition.audience === "together" ? definition.sections.filter((section) => section.for === "everyone").flatMap((section) => section.fields.map((field) => field.key)) : [],
  );
  const items: DiscussItem[] = [];
  const seen = new Set<string>();
  for (const submission of [...answers].sort(newestFirst)) {
    for (const rule of definition.discuss) {
      for (const { value, itemIndex } of matchesOf(rule, submission.answers)) {
        const identity = JSON.stringify([rule.key, submission.dueOn, itemIndex ?? null, value]);
        if (joint.has(rule.field) && seen.has(identity)) continue;
        seen.add(identity);
        items.push({
          ruleKey: rule.key,
          label: rule.label,
          responseId: submission.responseId,
          side: submission.side,
          fieldKey: rule.field,
          fieldLabel: fields.get(rule.field)?.label ?? rule.field,
          value,
          dueOn: submission.dueOn,
          submittedAt: submission.submittedAt,
          ...(itemIndex !== undefined ? { itemIndex } : {}),
        });
      }
    }
  }
  return items;
}
