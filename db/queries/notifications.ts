import { and, count, desc, eq, inArray, isNull, ne, or, sql } from "drizzle-orm";
import type { NotificationKind } from "../schema/_shared/enums";
import type { Database } from "../client";
import { clearedForPartners } from "./clearance";
import { assignments, coupleMembers, couples, disclosures, exerciseTemplateVersions, notifications, responses, shareRequests, tasks } from "../schema";

/**
 * Notifications hold a kind and ids, never words. Every read here is scoped to one
 * person (`userId`): someone else's notification is indistinguishable from none.
 */

export type NewNotification = Pick<typeof notifications.$inferInsert, "userId" | "kind" | "coupleId" | "subjectId">;

export async function insertNotifications(db: Database, rows: NewNotification[]) {
  if (rows.length === 0) return;
  await db.insert(notifications).values(rows);
}

/**
 * Adds `by` events to the person's one unread notification of this kind for this couple,
 * or starts one. The transaction-scoped advisory lock keeps two concurrent submissions
 * from starting two rows; the newest event's time and subject move the row to the top.
 */
export async function addToUnread(db: Database, row: NewNotification & { coupleId: string }, by: number) {
  await db.execute(sql`SELECT pg_advisory_xact_lock(hashtext(${`notification:${row.userId}:${row.kind}:${row.coupleId}`}))`);
  const updated = await db
    .update(notifications)
    .set({ count: sql`${notifications.count} + ${by}`, createdAt: sql`now()`, subjectId: row.subjectId ?? null })
    .where(and(eq(notifications.userId, row.userId), eq(notifications.kind, row.kind), eq(notifications.coupleId, row.coupleId), isNull(notifications.readAt)))
    .returning({ id: notifications.id });
  if (updated.length === 0) await db.insert(notifications).values({ ...row, count: by });
}

/** Withdraws what nobody has read yet about a subject that is gone (a share that was stopped). */
export async function deleteUnreadAbout(db: Database, kind: NotificationKind, subjectId: string) {
  await db.delete(notifications).where(and(eq(notifications.kind, kind), eq(notifications.subjectId, subjectId), isNull(notifications.readAt)));
}

/** The other partner of a couple: the one person a share or a release is for. */
export async function findOtherPartner(db: Database, coupleId: string, userId: string) {
  const [row] = await db
    .select({ userId: coupleMembers.userId })
    .from(coupleMembers)
    .where(and(eq(coupleMembers.coupleId, coupleId), ne(coupleMembers.userId, userId)))
    .limit(1);
  return row?.userId;
}

export async function listCoupleMemberIds(db: Database, coupleId: string) {
  const rows = await db.select({ userId: coupleMembers.userId, label: coupleMembers.label }).from(coupleMembers).where(eq(coupleMembers.coupleId, coupleId));
  return rows;
}

export async function findCoupleCounselor(db: Database, coupleId: string) {
  const [row] = await db.select({ counselorId: couples.counselorId }).from(couples).where(eq(couples.id, coupleId)).limit(1);
  return row?.counselorId;
}

/** What a share or release is about: the answer's couple, author and occurrence. */
export async function findDisclosureSubject(db: Database, disclosureId: string) {
  const [row] = await db
    .select({
      coupleId: responses.coupleId,
      authorId: responses.authorId,
      assignmentId: tasks.assignmentId,
      dueOn: tasks.dueOn,
      fieldKey: disclosures.fieldKey,
    })
    .from(disclosures)
    .innerJoin(responses, eq(responses.id, disclosures.responseId))
    .innerJoin(tasks, and(eq(tasks.id, responses.taskId), eq(tasks.coupleId, responses.coupleId)))
    .where(eq(disclosures.id, disclosureId))
    .limit(1);
  return row;
}

export const NOTIFICATION_LIST_LIMIT = 50;

/**
 * The person's newest notifications with what composing their words needs: the couple
 * (for staff: whether it is still on their caseload), and for shares, releases and
 * share requests the occurrence they point at. Only the caller's own rows.
 */
export async function listOwnNotifications(db: Database, userId: string, limit = NOTIFICATION_LIST_LIMIT) {
  return db
    .select({
      id: notifications.id,
      kind: notifications.kind,
      count: notifications.count,
      createdAt: notifications.createdAt,
      readAt: notifications.readAt,
      subjectId: notifications.subjectId,
      coupleId: notifications.coupleId,
      coupleName: couples.displayName,
      coupleStatus: couples.status,
      coupleCounselorId: couples.counselorId,
      couplePracticeId: couples.practiceId,
      disclosureActive: sql<boolean>`${disclosures.id} IS NOT NULL AND ${disclosures.withdrawnAt} IS NULL`,
      disclosureFieldKey: disclosures.fieldKey,
      shareRequestResponseId: shareRequests.responseId,
    })
    .from(notifications)
    .leftJoin(couples, eq(couples.id, notifications.coupleId))
    .leftJoin(disclosures, and(inArray(notifications.kind, ["partner_shared", "counselor_released"]), eq(disclosures.id, notifications.subjectId)))
    .leftJoin(shareRequests, and(eq(notifications.kind, "share_requested"), eq(shareRequests.id, notifications.subjectId)))
    .where(eq(notifications.userId, userId))
    .orderBy(desc(notifications.createdAt), desc(notifications.id))
    .limit(limit);
}

/** Occurrences (assignment + date) of the given answers and disclosures, for linking; no words. */
export async function findOccurrencesOf(db: Database, coupleId: string, ids: { disclosureIds: string[]; responseIds: string[] }) {
  const byDisclosure = ids.disclosureIds.length
    ? await db
        .select({ id: disclosures.id, assignmentId: tasks.assignmentId, dueOn: tasks.dueOn, taskId: tasks.id, authorId: responses.authorId })
        .from(disclosures)
        .innerJoin(responses, eq(responses.id, disclosures.responseId))
        .innerJoin(tasks, and(eq(tasks.id, responses.taskId), eq(tasks.coupleId, responses.coupleId)))
        .where(and(inArray(disclosures.id, ids.disclosureIds), eq(responses.coupleId, coupleId)))
    : [];
  const byResponse = ids.responseIds.length
    ? await db
        .select({ id: responses.id, assignmentId: tasks.assignmentId, dueOn: tasks.dueOn, taskId: tasks.id, authorId: responses.authorId })
        .from(responses)
        .innerJoin(tasks, and(eq(tasks.id, responses.taskId), eq(tasks.coupleId, responses.coupleId)))
        .where(and(inArray(responses.id, ids.responseIds), eq(responses.coupleId, coupleId)))
    : [];
  return { byDisclosure, byResponse };
}

/** The viewer's own (or joint) tasks of some assignments that partners may use now, to link to. */
export async function listOwnTasksOf(db: Database, scope: { coupleId: string; userId: string }, assignmentIds: string[]) {
  if (assignmentIds.length === 0) return [];
  return db
    .select({ id: tasks.id, assignmentId: tasks.assignmentId, dueOn: tasks.dueOn })
    .from(tasks)
    .innerJoin(assignments, and(eq(assignments.id, tasks.assignmentId), eq(assignments.coupleId, tasks.coupleId)))
    .innerJoin(exerciseTemplateVersions, eq(exerciseTemplateVersions.id, assignments.templateVersionId))
    .where(
      and(
        eq(tasks.coupleId, scope.coupleId),
        or(eq(tasks.assigneeId, scope.userId), isNull(tasks.assigneeId)),
        inArray(tasks.assignmentId, assignmentIds),
        clearedForPartners(tasks.coupleId),
      ),
    );
}

export async function countOwnUnread(db: Database, userId: string) {
  const [row] = await db
    .select({ count: count() })
    .from(notifications)
    .where(and(eq(notifications.userId, userId), isNull(notifications.readAt)));
  return row?.count ?? 0;
}

/** Marks one of the person's own notifications read; false when it isn't theirs (or doesn't exist). */
export async function markOwnRead(db: Database, userId: string, notificationId: string) {
  const [own] = await db
    .select({ id: notifications.id })
    .from(notifications)
    .where(and(eq(notifications.id, notificationId), eq(notifications.userId, userId)))
    .limit(1);
  if (!own) return false;
  await db
    .update(notifications)
    .set({ readAt: sql`now()` })
    .where(and(eq(notifications.id, notificationId), eq(notifications.userId, userId), isNull(notifications.readAt)));
  return true;
}

export async function markAllOwnRead(db: Database, userId: string) {
  const rows = await db
    .update(notifications)
    .set({ readAt: sql`now()` })
    .where(and(eq(notifications.userId, userId), isNull(notifications.readAt)))
    .returning({ id: notifications.id });
  return rows.length;
}
