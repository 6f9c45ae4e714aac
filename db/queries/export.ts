import { and, asc, eq, inArray, sql } from "drizzle-orm";
import type { Database } from "../client";
import { assignments, consentRecords, coupleMembers, exerciseTemplateVersions, flags, responseFields, responseRevisions, responses, sessionRecords, tasks, users } from "../schema";

/**
 * Every response one partner wrote in their couple (drafts and submitted), with the
 * exercise's title and version; only rows whose author is the partner themself.
 */
export async function listOwnResponsesForExport(db: Database, scope: { coupleId: string; authorId: string }) {
  return db
    .select({
      id: responses.id,
      state: responses.state,
      version: responses.version,
      submittedAt: responses.submittedAt,
      updatedAt: responses.updatedAt,
      dueOn: tasks.dueOn,
      templateVersionId: responses.templateVersionId,
      title: sql<string>`${exerciseTemplateVersions.definition}->>'title'`,
    })
    .from(responses)
    .innerJoin(tasks, and(eq(tasks.id, responses.taskId), eq(tasks.coupleId, responses.coupleId)))
    .innerJoin(exerciseTemplateVersions, eq(exerciseTemplateVersions.id, responses.templateVersionId))
    .where(and(eq(responses.coupleId, scope.coupleId), eq(responses.authorId, scope.authorId)))
    .orderBy(asc(tasks.dueOn), asc(responses.createdAt), asc(responses.id));
}

/** The current values of the given responses' fields. */
export async function listFieldsForExport(db: Database, responseIds: string[]) {
  if (responseIds.length === 0) return [];
  return db
    .select({ responseId: responseFields.responseId, fieldKey: responseFields.fieldKey, visibility: responseFields.visibility, value: responseFields.value })
    .from(responseFields)
    .where(inArray(responseFields.responseId, responseIds))
    .orderBy(asc(responseFields.responseId), asc(responseFields.fieldKey));
}

/** The submitted revisions of the given responses, oldest first. */
export async function listRevisionsForExport(db: Database, responseIds: string[]) {
  if (responseIds.length === 0) return [];
  return db
    .select({ responseId: responseRevisions.responseId, version: responseRevisions.version, fields: responseRevisions.fields, createdAt: responseRevisions.createdAt })
    .from(responseRevisions)
    .where(inArray(responseRevisions.responseId, responseIds))
    .orderBy(asc(responseRevisions.responseId), asc(responseRevisions.version));
}

/** One partner's own acknowledgements of their couple's confidentiality policy. */
export async function listOwnConsents(db: Database, scope: { coupleId: string; userId: string }) {
  return db
    .select({ policy: consentRecords.policy, policyVersion: consentRecords.policyVersion, acknowledgedAt: consentRecords.acknowledgedAt })
    .from(consentRecords)
    .where(and(eq(consentRecords.coupleId, scope.coupleId), eq(consentRecords.userId, scope.userId)))
    .orderBy(asc(consentRecords.acknowledgedAt));
}

/** A couple's homework with the exercise each was assigned from. */
export async function listCoupleAssignmentsForExport(db: Database, coupleId: string) {
  return db
    .select({
      id: assignments.id,
      title: sql<string>`${exerciseTemplateVersions.definition}->>'title'`,
      templateVersionId: assignments.templateVersionId,
      audience: assignments.audience,
      schedule: assignments.schedule,
      startsOn: assignments.startsOn,
      endsOn: assignments.endsOn,
      noteToCouple: assignments.noteToCouple,
      status: assignments.status,
      createdAt: assignments.createdAt,
      endedAt: assignments.endedAt,
    })
    .from(assignments)
    .innerJoin(exerciseTemplateVersions, eq(exerciseTemplateVersions.id, assignments.templateVersionId))
    .where(eq(assignments.coupleId, coupleId))
    .orderBy(asc(assignments.createdAt), asc(assignments.id));
}

export async function listCoupleTasksForExport(db: Database, coupleId: string) {
  return db
    .select({
      id: tasks.id,
      assignmentId: tasks.assignmentId,
      assigneeId: tasks.assigneeId,
      dueOn: tasks.dueOn,
      status: tasks.status,
      submittedAt: tasks.submittedAt,
      isLate: tasks.isLate,
      skipReason: tasks.skipReason,
    })
    .from(tasks)
    .where(eq(tasks.coupleId, coupleId))
    .orderBy(asc(tasks.dueOn), asc(tasks.id));
}

/** Submitted responses of a couple (drafts never reach the counselor). */
export async function listSubmittedResponsesForExport(db: Database, coupleId: string) {
  return db
    .select({
      id: responses.id,
      taskId: responses.taskId,
      authorId: responses.authorId,
      templateVersionId: responses.templateVersionId,
      version: responses.version,
      submittedAt: responses.submittedAt,
    })
    .from(responses)
    .where(and(eq(responses.coupleId, coupleId), eq(responses.state, "submitted")))
    .orderBy(asc(responses.submittedAt), asc(responses.id));
}

/** Session records with their agendas; private session notes live elsewhere and are not selected. */
export async function listCoupleSessionsForExport(db: Database, coupleId: string) {
  return db
    .select({
      id: sessionRecords.id,
      scheduledAt: sessionRecords.scheduledAt,
      durationMinutes: sessionRecords.durationMinutes,
      status: sessionRecords.status,
      agenda: sessionRecords.agenda,
    })
    .from(sessionRecords)
    .where(eq(sessionRecords.coupleId, coupleId))
    .orderBy(asc(sessionRecords.scheduledAt), asc(sessionRecords.id));
}

export async function listCoupleFlagsForExport(db: Database, coupleId: string) {
  return db
    .select({
      id: flags.id,
      responseId: flags.responseId,
      authorId: flags.authorId,
      fieldKey: flags.fieldKey,
      rule: flags.rule,
      severity: flags.severity,
      excerpt: flags.excerpt,
      raisedAt: flags.raisedAt,
      acknowledgedAt: flags.acknowledgedAt,
      actionTaken: flags.actionTaken,
    })
    .from(flags)
    .where(eq(flags.coupleId, coupleId))
    .orderBy(asc(flags.raisedAt), asc(flags.id));
}

/** Names of a couple's partners, by user id, for labelling an export. */
export async function listCoupleMemberNames(db: Database, coupleId: string) {
  return db
    .select({ userId: coupleMembers.userId, displayName: users.displayName })
    .from(coupleMembers)
    .innerJoin(users, eq(users.id, coupleMembers.userId))
    .where(eq(coupleMembers.coupleId, coupleId));
}
