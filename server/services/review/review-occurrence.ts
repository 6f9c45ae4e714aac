import { findCaseloadCouple } from "@/db/queries/couples";
import { listRevisionSummaries } from "@/db/queries/responses";
import { findCaseloadAssignmentDetail, findCaseloadTask, listOccurrenceParts, listSharingState, listSubmittedFields } from "@/db/queries/review";
import { variantFor, withOverrides } from "@/db/schema/assignments/rules";
import { fieldsForVariant } from "@/db/schema/exercises/answers";
import { computeScores } from "@/db/schema/exercises/scoring";
import type { CounselorViewer } from "../../auth/viewer";
import { NotFoundError } from "../../errors";
import { recordAudit } from "../audit";
import type { ServiceContext } from "../context";

/**
 * Both partners' submitted answers for one occurrence of an assignment, each marked
 * with its visibility and sharing state, for the counselor. Drafts are never shown:
 * they belong to their author until submitted. Reading answers is audited.
 */
export async function reviewOccurrence(ctx: ServiceContext<CounselorViewer>, taskId: string) {
  const scope = { counselorId: ctx.viewer.userId, practiceId: ctx.viewer.practiceId };
  const anchor = await findCaseloadTask(ctx.db, scope, taskId);
  const assignment = anchor ? await findCaseloadAssignmentDetail(ctx.db, scope, anchor.assignmentId) : undefined;
  const couple = assignment ? await findCaseloadCouple(ctx.db, scope, assignment.coupleId) : undefined;
  if (!anchor || !assignment || !couple) throw new NotFoundError("We couldn't find that homework for your caseload.");

  const rows = await listOccurrenceParts(ctx.db, assignment.id, couple.id, anchor.dueOn);
  const responseIds = rows.flatMap((row) => (row.responseId ? [row.responseId] : []));
  const [fields, sharing, revisions] = await Promise.all([
    listSubmittedFields(ctx.db, responseIds),
    listSharingState(ctx.db, responseIds),
    listRevisionSummaries(ctx.db, responseIds),
  ]);
  await recordAudit(ctx.db, ctx.viewer, ctx.request, {
    action: "answers.read",
    entityType: "response",
    coupleId: couple.id,
    details: { assignmentId: assignment.id, dueOn: anchor.dueOn, responseIds },
  });

  const effective = withOverrides(assignment.definition, assignment.visibilityOverrides);
  const joint = rows.find((row) => row.assigneeId === null);
  const parts = couple.partners.flatMap((partner) => {
    const task = rows.find((row) => row.assigneeId === partner.userId) ?? joint;
    if (!task) return [];
    const row = rows.find((item) => item.taskId === task.taskId && item.authorId === partner.userId);
    const variant = variantFor(assignment.audience, partner.label);
    const values = row?.responseId ? fields.filter((field) => field.responseId === row.responseId) : [];
    const answers = Object.fromEntries(values.map((value) => [value.fieldKey, value.value]));
    const questions = fieldsForVariant(effective, variant).flatMap((field) => {
      const stored = values.find((value) => value.fieldKey === field.key);
      if (!stored) return [];
      const active = sharing.active.find((item) => item.responseId === row?.responseId && item.fieldKey === field.key);
      const request = sharing.requests.find((item) => item.responseId === row?.responseId && item.fieldKey === field.key);
      return [
        {
          field,
          visibility: stored.visibility,
          value: stored.value,
          disclosure: active ? { kind: active.kind, since: active.createdAt, ofCurrentVersion: active.responseVersion === row?.version } : null,
          request: request ? { status: request.status, since: request.createdAt } : null,
          releaseHeldByAuthor: stored.releaseWithdrawnAt !== null,
        },
      ];
    });
    return [{
      partner: { displayName: partner.displayName, label: partner.label },
      task: { id: task.taskId, status: task.status, isLate: task.isLate, skipReason: task.skipReason, isJoint: task.assigneeId === null },
      response: row?.responseId
        ? {
            id: row.responseId,
            submittedAt: row.submittedAt,
            isLate: row.submittedAt !== null && row.submittedAt > row.dueAt,
            revisions: revisions.filter((revision) => revision.responseId === row.responseId).map(({ version, createdAt, fields: snapshot }) => ({ version, createdAt, fields: snapshot })),
            questions,
            scores: effective.scoring ? computeScores(effective, answers, variant) : null,
          }
        : null,
    }];
  });

  return {
    assignment: {
      id: assignment.id,
      title: assignment.definition.title,
      templateVersion: assignment.templateVersion,
      audience: assignment.audience,
      status: assignment.status,
      coupleId: couple.id,
      coupleName: couple.displayName,
    },
    dueOn: anchor.dueOn,
    parts,
  };
}
