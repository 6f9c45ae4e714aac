import { and, asc, between, eq, isNull, or, sql } from "drizzle-orm";
import type { Database } from "../client";
import { clearedForPartners } from "./clearance";
import { assignments, coupleMembers, couples, exerciseTemplateVersions, responses, tasks } from "../schema";

/**
 * A partner's own tasks (and the couple's joint ones) in a date window, from active
 * assignments. Never the other partner's individual tasks.
 */
export async function listPartnerTasks(
  db: Database,
  scope: { coupleId: string; userId: string },
  window: { from: string; to: string },
) {
  return db
    .select({
      id: tasks.id,
      assignmentId: tasks.assignmentId,
      dueOn: tasks.dueOn,
      graceUntil: tasks.graceUntil,
      dueAt: tasks.dueAt,
      taskStatus: tasks.status,
      /** The viewer's own part only: see viewerStatus in get-task.ts. */
      ownState: responses.state,
      ownSubmittedAt: responses.submittedAt,
      isJoint: sql<boolean>`${tasks.assigneeId} IS NULL`,
      title: sql<string>`${exerciseTemplateVersions.definition}->>'title'`,
      estimatedMinutes: sql<number>`(${exerciseTemplateVersions.definition}->>'estimatedMinutes')::int`,
    })
    .from(tasks)
    .leftJoin(responses, and(eq(responses.taskId, tasks.id), eq(responses.authorId, scope.userId)))
    .innerJoin(assignments, eq(assignments.id, tasks.assignmentId))
    .innerJoin(exerciseTemplateVersions, eq(exerciseTemplateVersions.id, assignments.templateVersionId))
    .where(
      and(
        eq(tasks.coupleId, scope.coupleId),
        eq(assignments.coupleId, scope.coupleId),
        or(eq(tasks.assigneeId, scope.userId), isNull(tasks.assigneeId)),
        eq(assignments.status, "active"),
        between(tasks.dueOn, window.from, window.to),
        clearedForPartners(tasks.coupleId),
      ),
    )
    .orderBy(asc(tasks.dueOn), asc(tasks.createdAt));
}

/** Active assignments of a couple, with what materialising their tasks needs. */
export async function listActiveAssignmentsForMaterializing(db: Database, coupleId: string) {
  return db
    .select({
      id: assignments.id,
      coupleId: assignments.coupleId,
      audience: assignments.audience,
      schedule: assignments.schedule,
      startsOn: assignments.startsOn,
      endsOn: assignments.endsOn,
      tasksThrough: assignments.tasksThrough,
    })
    .from(assignments)
    .where(and(eq(assignments.coupleId, coupleId), eq(assignments.status, "active")));
}

export async function listCoupleMembersWithLabels(db: Database, coupleId: string) {
  return db
    .select({ userId: coupleMembers.userId, label: coupleMembers.label, timeZone: couples.timeZone, coupleStatus: couples.status })
    .from(coupleMembers)
    .innerJoin(couples, eq(couples.id, coupleMembers.coupleId))
    .where(eq(coupleMembers.coupleId, coupleId))
    .orderBy(asc(coupleMembers.slot));
}

/** Inserts tasks; an occurrence that already exists (another request got there first) is left alone. */
export async function insertTasksIfAbsent(db: Database, rows: (typeof tasks.$inferInsert)[]): Promise<number> {
  if (rows.length === 0) return 0;
  const inserted = await db.insert(tasks).values(rows).onConflictDoNothing({ target: [tasks.assignmentId, tasks.assigneeId, tasks.dueOn] }).returning({ id: tasks.id });
  return inserted.length;
}

/** Moves the materialised horizon forward, never back, whatever order concurrent requests finish in. */
export async function advanceTasksThrough(db: Database, assignmentId: string, through: string) {
  await db
    .update(assignments)
    .set({ tasksThrough: sql`greatest(coalesce(${assignments.tasksThrough}, ${through}::date), ${through}::date)` })
    .where(eq(assignments.id, assignmentId));
}
