import { isEmptyAnswer } from "@/db/schema/exercises/answers";
import type { TTemplateDefinition } from "@/db/schema/exercises/definition";
import type { TDiscussRule, TDiscussWhen } from "@/db/schema/exercises/discrepancy-schema";
import { answerOf, fieldsByKey, newestFirst, numberOf, type Side, type SubmittedAnswers } from "./submitted";

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

function holds(when: TDiscussWhen, value: unknown): boolean {
  if (isEmptyAnswer(value)) return false;
  if (when.answered) return true;
  // A checklist's answer is a list of ticked options: it matches when any ticked one does.
  const values: unknown[] = Array.isArray(value) ? value : [value];
  if (when.equals !== undefined) return values.includes(when.equals);
  if (when.oneOf !== undefined) return values.some((candidate) => (when.oneOf as unknown[]).includes(candidate));
  const number = numberOf(value);
  if (number === undefined) return false;
  if (when.atLeast !== undefined) return number >= when.atLeast;
  if (when.atMost !== undefined) return number <= when.atMost;
  return false;
}

const isRow = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);

/** The matches of one rule in one submission: the answer itself, or each matching list item. */
function matchesOf(rule: TDiscussRule, submission: SubmittedAnswers): { value: unknown; itemIndex?: number }[] {
  const answer = answerOf(submission, rule.field);
  if (rule.itemField === undefined) return holds(rule.when, answer) ? [{ value: answer }] : [];
  if (!Array.isArray(answer)) return [];
  const itemField = rule.itemField;
  return answer.flatMap((row: unknown, itemIndex) => (isRow(row) && Object.hasOwn(row, itemField) && holds(rule.when, row[itemField]) ? [{ value: row, itemIndex }] : []));
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
      for (const { value, itemIndex } of matchesOf(rule, submission)) {
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
