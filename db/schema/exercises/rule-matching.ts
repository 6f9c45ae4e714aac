import { isEmptyAnswer } from "./answers";
import type { TDiscussRule, TDiscussWhen } from "./discrepancy-schema";

/** Whether one answer meets a rule's test. A checklist matches when any ticked option does. */
export function holds(when: TDiscussWhen, value: unknown): boolean {
  if (isEmptyAnswer(value)) return false;
  if (when.answered) return true;
  const values: unknown[] = Array.isArray(value) ? value : [value];
  if (when.equals !== undefined) return values.includes(when.equals);
  if (when.oneOf !== undefined) return values.some((candidate) => (when.oneOf as unknown[]).includes(candidate));
  const number = typeof value === "number" && Number.isFinite(value) ? value : undefined;
  if (number === undefined) return false;
  if (when.atLeast !== undefined) return number >= when.atLeast;
  if (when.atMost !== undefined) return number <= when.atMost;
  return false;
}

const isRow = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);

/** The matches of one rule in one set of answers: the answer itself, or each matching list item. */
export function matchesOf(rule: Pick<TDiscussRule, "field" | "itemField" | "when">, answers: Record<string, unknown>): { value: unknown; itemIndex?: number }[] {
  const answer = Object.hasOwn(answers, rule.field) ? answers[rule.field] : undefined;
  if (rule.itemField === undefined) return holds(rule.when, answer) ? [{ value: answer }] : [];
  if (!Array.isArray(answer)) return [];
  const itemField = rule.itemField;
  return answer.flatMap((row: unknown, itemIndex) => (isRow(row) && Object.hasOwn(row, itemField) && holds(rule.when, row[itemField]) ? [{ value: row, itemIndex }] : []));
}
