import { findCaseloadCouple } from "@/db/queries/couples";
import {
  listCoupleAssignmentsForExport,
  listCoupleFlagsForExport,
  listCoupleSessionsForExport,
  listCoupleTasksForExport,
  listFieldsForExport,
  listSubmittedResponsesForExport,
} from "@/db/queries/export";
import { loadDefinitions } from "@/db/queries/partner-visible";
import type { CounselorViewer } from "../../auth/viewer";
import { NotFoundError } from "../../errors";
import { recordAudit } from "../audit";
import type { ServiceContext } from "../context";
import { labelledAnswers } from "./labels";

/**
 * A caseload couple's record for its counselor: the couple and partners, homework, tasks,
 * both partners' submitted answers as the counselor reads them, sessions with their
 * agendas, and safety flags. Private session notes (psychotherapy notes) are never part
 * of it: no query here reads their table.
 */
export async function exportCoupleRecord(ctx: ServiceContext<CounselorViewer>, coupleId: string, now: Date = new Date()) {
  const couple = await findCaseloadCouple(ctx.db, { counselorId: ctx.viewer.userId, practiceId: ctx.viewer.practiceId }, coupleId);
  if (!couple) throw new NotFoundError("We couldn't find that couple on your caseload.");
  const [assignments, tasks, responses, sessions, flags] = await Promise.all([
    listCoupleAssignmentsForExport(ctx.db, couple.id),
    listCoupleTasksForExport(ctx.db, couple.id),
    listSubmittedResponsesForExport(ctx.db, couple.id),
    listCoupleSessionsForExport(ctx.db, couple.id),
    listCoupleFlagsForExport(ctx.db, couple.id),
  ]);
  const [fields, definitions] = await Promise.all([
    listFieldsForExport(
      ctx.db,
      responses.map((response) => response.id),
    ),
    loadDefinitions(
      ctx.db,
      responses.map((response) => response.templateVersionId),
    ),
  ]);
  const nameOf = new Map(couple.partners.map((partner) => [partner.userId, partner.displayName]));
  const titleOf = new Map(assignments.map((assignment) => [assignment.id, assignment.title]));
  const taskOf = new Map(tasks.map((task) => [task.id, task]));

  const data = {
    kind: "trellis.couple-export" as const,
    exportedAt: now,
    couple: {
      displayName: couple.displayName,
      phase: couple.phase,
      status: couple.status,
      secretsPolicy: couple.secretsPolicy,
      timeZone: couple.timeZone,
      createdAt: couple.createdAt,
    },
    partners: couple.partners.map((partner) => ({ displayName: partner.displayName, email: partner.email, label: partner.label, hasJoined: partner.hasJoined })),
    assignments: assignments.map(({ templateVersionId: _version, ...assignment }) => assignment),
    tasks: tasks.map((task) => ({
      id: task.id,
      exercise: titleOf.get(task.assignmentId) ?? null,
      assignmentId: task.assignmentId,
      assignee: task.assigneeId ? (nameOf.get(task.assigneeId) ?? null) : "Together",
      dueOn: task.dueOn,
      status: task.status,
      submittedAt: task.submittedAt,
      isLate: task.isLate,
      skipReason: task.skipReason,
    })),
    answers: responses.map((response) => {
      const task = taskOf.get(response.taskId);
      return {
        author: nameOf.get(response.authorId) ?? null,
        exercise: task ? (titleOf.get(task.assignmentId) ?? null) : null,
        dueOn: task?.dueOn ?? null,
        version: response.version,
        submittedAt: response.submittedAt,
        answers: labelledAnswers(
          definitions.get(response.templateVersionId),
          fields.filter((field) => field.responseId === response.id).map((field) => ({ key: field.fieldKey, value: field.value })),
        ).map((answer) => ({ ...answer, visibility: fields.find((field) => field.responseId === response.id && field.fieldKey === answer.key)?.visibility ?? null })),
      };
    }),
    sessions: sessions.map((session) => ({ ...session, agenda: session.agenda?.items ?? [] })),
    flags: flags.map((flag) => ({ ...flag, author: nameOf.get(flag.authorId) ?? null })),
  };
  await recordAudit(ctx.db, ctx.viewer, ctx.request, {
    action: "export",
    entityType: "couple",
    entityId: couple.id,
    coupleId: couple.id,
    details: { responses: data.answers.length, sessions: sessions.length, flags: flags.length },
  });
  return data;
}
