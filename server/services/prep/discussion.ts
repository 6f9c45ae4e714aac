import type { CoupleAssignmentRow, WaitingRow, WindowAnswerRow } from "@/db/queries/prep";
import type { Variant } from "@/db/schema/exercises/definition";
import { describeFor, fieldsByKey, withRuleDefaults } from "./describe";
import { findDiscrepancies, type DiscrepancyAnswer, type SubmittedAnswers } from "./discrepancies";
import { findDiscussItems } from "./discuss-items";
import type { AnswerRef, DiscussEntry, PrepDiscrepancy } from "./types";

interface DiscussionInput {
  answers: WindowAnswerRow[];
  waiting: WaitingRow[];
  assignmentsById: Map<string, CoupleAssignmentRow>;
  sideOf: (assignmentId: string, userId: string) => Variant | undefined;
  since: Date;
}

/**
 * Discrepancies and to-discuss items, from the rules each exercise declares (data in its
 * definition) plus what any exercise can produce: pins, answers waiting for release and
 * open share requests. Rules are evaluated per assignment, against the version the
 * partners answered.
 */
export function buildDiscussion({ answers, waiting, assignmentsById, sideOf, since }: DiscussionInput) {
  // Keyed by response, not task: both partners answer the same task of a joint exercise.
  const byResponse = new Map(answers.map((row) => [row.response_id, row]));
  const taskOf = (responseId: string) => byResponse.get(responseId)?.task_id ?? "";
  const authorOf = (responseId: string) => byResponse.get(responseId)?.author_id ?? "";
  const discrepancies: PrepDiscrepancy[] = [];
  const discuss: DiscussEntry[] = [];

  const byAssignment = new Map<string, WindowAnswerRow[]>();
  for (const row of answers.filter((entry) => entry.in_window)) byAssignment.set(row.assignment_id, [...(byAssignment.get(row.assignment_id) ?? []), row]);

  for (const [assignmentId, rows] of byAssignment) {
    const assignment = assignmentsById.get(assignmentId);
    if (!assignment) continue;
    const definition = withRuleDefaults(assignment.definition);
    const fields = fieldsByKey(definition);
    const submitted: SubmittedAnswers[] = rows.flatMap((row) => {
      const side = sideOf(assignmentId, row.author_id);
      return side ? [{ responseId: row.response_id, side, dueOn: row.due_on, submittedAt: new Date(row.submitted_ms).toISOString(), answers: row.answers ?? {} }] : [];
    });
    const ref = (answer: DiscrepancyAnswer): AnswerRef & { userId: string } => ({
      taskId: taskOf(answer.responseId),
      fieldKey: answer.fieldKey,
      fieldLabel: answer.fieldLabel,
      answer: describeFor(fields, answer.fieldKey, answer.value),
      dueOn: answer.dueOn,
      submittedAt: answer.submittedAt,
      userId: authorOf(answer.responseId),
    });
    for (const found of findDiscrepancies(definition, submitted)) {
      discrepancies.push({
        ruleKey: found.ruleKey,
        label: found.label,
        explanation: found.explanation,
        exerciseTitle: definition.title,
        dueOn: found.dueOn,
        hp: ref(found.hp),
        ip: ref(found.ip),
      });
    }
    for (const found of findDiscussItems(definition, submitted)) {
      discuss.push({
        kind: "rule",
        label: found.label,
        exerciseTitle: definition.title,
        authorId: authorOf(found.responseId),
        taskId: taskOf(found.responseId),
        detail: found.value !== null && typeof found.value === "object" && !Array.isArray(found.value)
          ? describeFor(fields, found.fieldKey, found.value)
          : `${found.fieldLabel}: ${describeFor(fields, found.fieldKey, found.value)}`,
        at: found.submittedAt,
      });
    }
  }

  for (const row of answers) {
    if (row.pinned_ms === null || row.pinned_ms <= since.getTime()) continue;
    // A pin covers the whole response; say so when it holds answers the other partner can't read.
    const privateParts = (row.classes ?? []).some((visibility) => visibility === "safety" || visibility === "counselor_only" || visibility === "release_gated");
    discuss.push({
      kind: "pinned",
      label: "Pinned to talk about in session",
      exerciseTitle: assignmentsById.get(row.assignment_id)?.definition.title ?? "Exercise",
      authorId: row.author_id,
      taskId: row.task_id,
      detail: privateParts ? "Includes answers the other partner can't read: check with its author before raising them together." : null,
      at: new Date(row.pinned_ms).toISOString(),
    });
  }

  for (const row of waiting) {
    const definition = assignmentsById.get(row.assignment_id)?.definition;
    const label = definition ? (fieldsByKey(definition).get(row.field_key)?.label ?? row.field_key) : row.field_key;
    discuss.push({
      kind: row.kind,
      label: row.kind === "release_waiting" ? `Waiting for your release: ${label}` : `You asked to share: ${label}`,
      exerciseTitle: definition?.title ?? "Exercise",
      authorId: row.author_id,
      taskId: row.task_id,
      detail: null,
      at: new Date(row.at_ms).toISOString(),
    });
  }

  discrepancies.sort((a, b) => (b.dueOn ?? b.hp.dueOn).localeCompare(a.dueOn ?? a.hp.dueOn));
  return { discrepancies, discuss };
}
