import { and, asc, eq, inArray, isNull, notInArray, or, sql } from "drizzle-orm";
import type { Database } from "../client";
import { clearedForPartners } from "./clearance";
import type { VisibilityClass } from "../schema/_shared/enums";
import { assignments, coupleMembers, couples, disclosures, exerciseTemplateVersions, responseFields, responseRevisions, responses, shareRequests, tasks } from "../schema";

/**
 * One of the partner's own tasks (or the couple's joint task), with what the task page
 * needs to build their form. Anything else answers undefined, exactly like a task
 * that does not exist.
 */
export async function findPartnerTask(db: Database, scope: { coupleId: string; userId: string }, taskId: string) {
  const [row] = await db
    .select({
      id: tasks.id,
      coupleId: tasks.coupleId,
      assignmentId: tasks.assignmentId,
      assigneeId: tasks.assigneeId,
      dueOn: tasks.dueOn,
      dueAt: tasks.dueAt,
      graceUntil: tasks.graceUntil,
      status: tasks.status,
      skipReason: tasks.skipReason,
      audience: assignments.audience,
      assignmentStatus: assignments.status,
      noteToCouple: assignments.noteToCouple,
      visibilityOverrides: assignments.visibilityOverrides,
      templateVersionId: exerciseTemplateVersions.id,
      templateId: exerciseTemplateVersions.templateId,
      definition: exerciseTemplateVersions.definition,
      label: coupleMembers.label,
      timeZone: couples.timeZone,
    })
    .from(tasks)
    .innerJoin(assignments, and(eq(assignments.id, tasks.assignmentId), eq(assignments.coupleId, tasks.coupleId)))
    .innerJoin(exerciseTemplateVersions, eq(exerciseTemplateVersions.id, assignments.templateVersionId))
    .innerJoin(coupleMembers, and(eq(coupleMembers.coupleId, tasks.coupleId), eq(coupleMembers.userId, scope.userId)))
    .innerJoin(couples, eq(couples.id, tasks.coupleId))
    .where(
      and(
        eq(tasks.id, taskId),
        eq(tasks.coupleId, scope.coupleId),
        or(eq(tasks.assigneeId, scope.userId), isNull(tasks.assigneeId)),
        clearedForPartners(tasks.coupleId),
      ),
    )
    .limit(1);
  return row;
}

export type PartnerTaskRow = NonNullable<Awaited<ReturnType<typeof findPartnerTask>>>;

/** The author's own response to a task, locked for the rest of the transaction when asked. */
export async function findOwnResponse(db: Database, taskId: string, authorId: string, options: { lock?: boolean } = {}) {
  const query = db
    .select({
      id: responses.id,
      state: responses.state,
      version: responses.version,
      submitKey: responses.submitKey,
      submittedAt: responses.submittedAt,
      pinnedForSessionAt: responses.pinnedForSessionAt,
      updatedAt: responses.updatedAt,
    })
    .from(responses)
    .where(and(eq(responses.taskId, taskId), eq(responses.authorId, authorId)))
    .limit(1);
  const [row] = options.lock ? await query.for("update") : await query;
  return row;
}

export type OwnResponse = NonNullable<Awaited<ReturnType<typeof findOwnResponse>>>;

export async function findResponseBySubmitKey(db: Database, submitKey: string) {
  const [row] = await db
    .select({ id: responses.id, authorId: responses.authorId, taskId: responses.taskId, version: responses.version, submittedAt: responses.submittedAt })
    .from(responses)
    .where(eq(responses.submitKey, submitKey))
    .limit(1);
  return row;
}

export async function listResponseFieldValues(db: Database, responseId: string) {
  return db
    .select({ fieldKey: responseFields.fieldKey, visibility: responseFields.visibility, value: responseFields.value, releaseWithdrawnAt: responseFields.releaseWithdrawnAt })
    .from(responseFields)
    .where(eq(responseFields.responseId, responseId));
}

/** Creates the first draft; undefined when another tab or request created it first. */
export async function insertResponse(db: Database, values: typeof responses.$inferInsert) {
  const [row] = await db
    .insert(responses)
    .values(values)
    .onConflictDoNothing({ target: [responses.taskId, responses.authorId] })
    .returning({ id: responses.id, version: responses.version, updatedAt: responses.updatedAt });
  return row;
}

/**
 * Moves a response on one version, only from the version the caller saw (optimistic
 * lock). Undefined means someone else saved first.
 */
export async function bumpResponse(
  db: Database,
  where: { id: string; version: number; state: "draft" | "submitted" },
  values: Partial<Pick<typeof responses.$inferInsert, "state" | "submitKey" | "submittedAt">> = {},
) {
  const [row] = await db
    .update(responses)
    .set({ ...values, version: sql`${responses.version} + 1`, updatedAt: new Date() })
    .where(and(eq(responses.id, where.id), eq(responses.version, where.version), eq(responses.state, where.state)))
    .returning({ id: responses.id, version: responses.version, updatedAt: responses.updatedAt, submittedAt: responses.submittedAt });
  return row;
}

export interface StoredField {
  fieldKey: string;
  visibility: VisibilityClass;
  pairedReveal: boolean;
  value: unknown;
}

/** Makes the stored answers exactly `fields`: answers no longer given are removed. */
export async function replaceResponseFields(db: Database, responseId: string, fields: StoredField[]) {
  const keys = fields.map((field) => field.fieldKey);
  await db
    .delete(responseFields)
    .where(and(eq(responseFields.responseId, responseId), keys.length > 0 ? notInArray(responseFields.fieldKey, keys) : undefined));
  if (fields.length === 0) return;
  await db
    .insert(responseFields)
    .values(fields.map((field) => ({ responseId, ...field })))
    .onConflictDoUpdate({
      target: [responseFields.responseId, responseFields.fieldKey],
      set: {
        visibility: sql`excluded.visibility`,
        pairedReveal: sql`excluded.paired_reveal`,
        value: sql`excluded.value`,
        updatedAt: new Date(),
      },
    });
}

export async function insertRevision(db: Database, values: typeof responseRevisions.$inferInsert) {
  await db.insert(responseRevisions).values(values);
}

export async function listRevisionSummaries(db: Database, responseIds: string[]) {
  if (responseIds.length === 0) return [];
  return db
    .select({ responseId: responseRevisions.responseId, version: responseRevisions.version, createdAt: responseRevisions.createdAt, fields: responseRevisions.fields })
    .from(responseRevisions)
    .where(inArray(responseRevisions.responseId, responseIds))
    .orderBy(asc(responseRevisions.responseId), asc(responseRevisions.version));
}

/** Marks a task started (first draft) unless it already moved on. */
export async function markTaskStarted(db: Database, taskId: string) {
  await db.update(tasks).set({ status: "in_progress" }).where(and(eq(tasks.id, taskId), eq(tasks.status, "not_started")));
}

export async function updateTask(db: Database, taskId: string, values: Pick<typeof tasks.$inferInsert, "status" | "submittedAt" | "isLate" | "skipReason">) {
  await db.update(tasks).set(values).where(eq(tasks.id, taskId));
}

/** Locks the task row so concurrent submits of a joint task settle its status one at a time. */
export async function lockTask(db: Database, taskId: string) {
  await db.select({ id: tasks.id }).from(tasks).where(eq(tasks.id, taskId)).for("update");
}

export async function countSubmittedParts(db: Database, taskId: string): Promise<number> {
  const [row] = await db
    .select({ count: sql<number>`count(*)`.mapWith(Number) })
    .from(responses)
    .where(and(eq(responses.taskId, taskId), eq(responses.state, "submitted")));
  return row?.count ?? 0;
}

/**
 * Past the grace window an open task is missed. Run lazily whenever a couple's tasks
 * are read or written, so no scheduler is needed for the status to be right.
 */
export async function markMissedTasks(db: Database, coupleId: string, now: Date) {
  await db
    .update(tasks)
    .set({ status: "missed" })
    .where(and(eq(tasks.coupleId, coupleId), inArray(tasks.status, ["not_started", "in_progress"]), sql`${tasks.graceUntil} < ${now.toISOString()}`));
}

/** The author's own sharing state per field: active disclosures and open requests. */
export async function listOwnSharing(db: Database, responseId: string) {
  const [active, requests] = await Promise.all([
    db
      .select({ fieldKey: disclosures.fieldKey, kind: disclosures.kind, createdAt: disclosures.createdAt })
      .from(disclosures)
      .where(and(eq(disclosures.responseId, responseId), isNull(disclosures.withdrawnAt))),
    db
      .select({ id: shareRequests.id, fieldKey: shareRequests.fieldKey })
      .from(shareRequests)
      .where(and(eq(shareRequests.responseId, responseId), eq(shareRequests.status, "open"))),
  ]);
  return { active, requests };
}

export async function findResponseOwner(db: Database, responseId: string) {
  const [row] = await db
    .select({ authorId: responses.authorId, coupleId: responses.coupleId, taskId: responses.taskId })
    .from(responses)
    .where(eq(responses.id, responseId))
    .limit(1);
  return row;
}

export async function countRevisions(db: Database, responseId: string): Promise<number> {
  const [row] = await db
    .select({ count: sql<number>`count(*)`.mapWith(Number) })
    .from(responseRevisions)
    .where(eq(responseRevisions.responseId, responseId));
  return row?.count ?? 0;
}

/** The author's own pin; the author id in the filter keeps it to their own response. */
export async function setResponsePin(db: Database, responseId: string, authorId: string, pinnedAt: Date | null) {
  const [row] = await db
    .update(responses)
    .set({ pinnedForSessionAt: pinnedAt })
    .where(and(eq(responses.id, responseId), eq(responses.authorId, authorId), eq(responses.state, "submitted")))
    .returning({ id: responses.id });
  return row;
}
