import { and, asc, desc, eq, inArray, isNull, sql } from "drizzle-orm";
import type { Database } from "../client";
import { assignments, couples, disclosures, exerciseTemplateVersions, responseFields, responses, shareRequests, tasks, users } from "../schema";
import type { CaseloadScope } from "./couples";

/** One assignment of a caseload couple, with its frozen template version. */
export async function findCaseloadAssignmentDetail(db: Database, scope: CaseloadScope, assignmentId: string) {
  const [row] = await db
    .select({
      id: assignments.id,
      coupleId: assignments.coupleId,
      coupleName: couples.displayName,
      timeZone: couples.timeZone,
      audience: assignments.audience,
      schedule: assignments.schedule,
      startsOn: assignments.startsOn,
      endsOn: assignments.endsOn,
      status: assignments.status,
      noteToCouple: assignments.noteToCouple,
      visibilityOverrides: assignments.visibilityOverrides,
      definition: exerciseTemplateVersions.definition,
      templateId: exerciseTemplateVersions.templateId,
      templateVersion: exerciseTemplateVersions.version,
    })
    .from(assignments)
    .innerJoin(couples, eq(couples.id, assignments.coupleId))
    .innerJoin(exerciseTemplateVersions, eq(exerciseTemplateVersions.id, assignments.templateVersionId))
    .where(and(eq(assignments.id, assignmentId), eq(couples.counselorId, scope.counselorId), eq(couples.practiceId, scope.practiceId)))
    .limit(1);
  return row;
}

/** The assignment's tasks up to a date, newest first, with whether each has a submitted response. */
export async function listAssignmentTasks(db: Database, assignmentId: string, coupleId: string, through: string) {
  return db
    .select({
      id: tasks.id,
      assigneeId: tasks.assigneeId,
      dueOn: tasks.dueOn,
      status: tasks.status,
      isLate: tasks.isLate,
      skipReason: tasks.skipReason,
      submittedAt: tasks.submittedAt,
      // Written out: in a single-table select Drizzle leaves column names unqualified,
      // which inside this subquery would bind to responses instead of tasks.
      submittedParts: sql<number>`(SELECT count(*) FROM responses submitted WHERE submitted.task_id = "tasks"."id" AND submitted.state = 'submitted')`.mapWith(Number),
    })
    .from(tasks)
    .where(and(eq(tasks.assignmentId, assignmentId), eq(tasks.coupleId, coupleId), sql`${tasks.dueOn} <= ${through}`))
    .orderBy(desc(tasks.dueOn), asc(tasks.assigneeId))
    .limit(400);
}

/** A task of a caseload couple: the anchor of the counselor's answers view. */
export async function findCaseloadTask(db: Database, scope: CaseloadScope, taskId: string) {
  const [row] = await db
    .select({ id: tasks.id, assignmentId: tasks.assignmentId, coupleId: tasks.coupleId, dueOn: tasks.dueOn })
    .from(tasks)
    .innerJoin(couples, eq(couples.id, tasks.coupleId))
    .where(and(eq(tasks.id, taskId), eq(couples.counselorId, scope.counselorId), eq(couples.practiceId, scope.practiceId)))
    .limit(1);
  return row;
}

/** Every task of one occurrence (both partners', or the joint one) with its submitted responses only. */
export async function listOccurrenceParts(db: Database, assignmentId: string, coupleId: string, dueOn: string) {
  return db
    .select({
      taskId: tasks.id,
      assigneeId: tasks.assigneeId,
      status: tasks.status,
      isLate: tasks.isLate,
      skipReason: tasks.skipReason,
      dueAt: tasks.dueAt,
      responseId: responses.id,
      authorId: responses.authorId,
      authorName: users.displayName,
      version: responses.version,
      submittedAt: responses.submittedAt,
    })
    .from(tasks)
    .leftJoin(responses, and(eq(responses.taskId, tasks.id), eq(responses.state, "submitted")))
    .leftJoin(users, eq(users.id, responses.authorId))
    .where(and(eq(tasks.assignmentId, assignmentId), eq(tasks.coupleId, coupleId), eq(tasks.dueOn, dueOn)))
    .orderBy(asc(tasks.assigneeId), asc(responses.authorId));
}

export async function listSubmittedFields(db: Database, responseIds: string[]) {
  if (responseIds.length === 0) return [];
  return db
    .select({
      responseId: responseFields.responseId,
      fieldKey: responseFields.fieldKey,
      visibility: responseFields.visibility,
      value: responseFields.value,
      releaseWithdrawnAt: responseFields.releaseWithdrawnAt,
    })
    .from(responseFields)
    .innerJoin(responses, eq(responses.id, responseFields.responseId))
    .where(and(inArray(responseFields.responseId, responseIds), eq(responses.state, "submitted")));
}

export async function listSharingState(db: Database, responseIds: string[]) {
  if (responseIds.length === 0) return { active: [], requests: [] };
  const [active, requests] = await Promise.all([
    db
      .select({ responseId: disclosures.responseId, fieldKey: disclosures.fieldKey, kind: disclosures.kind, responseVersion: disclosures.responseVersion, createdAt: disclosures.createdAt })
      .from(disclosures)
      .where(and(inArray(disclosures.responseId, responseIds), isNull(disclosures.withdrawnAt))),
    db
      .select({ responseId: shareRequests.responseId, fieldKey: shareRequests.fieldKey, status: shareRequests.status, createdAt: shareRequests.createdAt })
      .from(shareRequests)
      .where(inArray(shareRequests.responseId, responseIds))
      .orderBy(desc(shareRequests.createdAt)),
  ]);
  return { active, requests };
}

/** A submitted response of a caseload couple with its template's safety-clearance flag. */
export async function findCaseloadResponse(db: Database, scope: CaseloadScope, responseId: string) {
  const [row] = await db
    .select({
      id: responses.id,
      coupleId: responses.coupleId,
      authorId: responses.authorId,
      state: responses.state,
      version: responses.version,
      needsSafetyClearance: sql<boolean>`coalesce((${exerciseTemplateVersions.definition}->>'needsSafetyClearance')::boolean, false)`,
    })
    .from(responses)
    .innerJoin(couples, eq(couples.id, responses.coupleId))
    .innerJoin(exerciseTemplateVersions, eq(exerciseTemplateVersions.id, responses.templateVersionId))
    .where(and(eq(responses.id, responseId), eq(couples.counselorId, scope.counselorId), eq(couples.practiceId, scope.practiceId)))
    .limit(1);
  return row;
}
