import { and, asc, count, eq, inArray, isNull, sql } from "drizzle-orm";
import type { Database } from "../client";
import { assignments, couples, exerciseTemplateVersions, responses, safetyConcerns, tasks } from "../schema";

export async function insertAssignment(db: Database, values: typeof assignments.$inferInsert) {
  const [row] = await db.insert(assignments).values(values).returning({ id: assignments.id });
  if (!row) throw new Error("assignment insert returned no row");
  return row;
}

/** Freezes a template version the first time an assignment uses it (see the trigger in 0001). */
export async function markVersionUsed(db: Database, versionId: string) {
  await db
    .update(exerciseTemplateVersions)
    .set({ firstUsedAt: sql`now()` })
    .where(and(eq(exerciseTemplateVersions.id, versionId), isNull(exerciseTemplateVersions.firstUsedAt)));
}

export async function hasOpenSafetyConcern(db: Database, coupleId: string): Promise<boolean> {
  const [row] = await db
    .select({ n: count() })
    .from(safetyConcerns)
    .where(and(eq(safetyConcerns.coupleId, coupleId), isNull(safetyConcerns.closedAt)));
  return (row?.n ?? 0) > 0;
}

/** A couple's assignments with their exercise, newest first. The caller has checked the caseload. */
export async function listCoupleAssignments(db: Database, coupleId: string) {
  return db
    .select({
      id: assignments.id,
      title: sql<string>`${exerciseTemplateVersions.definition}->>'title'`,
      templateId: exerciseTemplateVersions.templateId,
      version: exerciseTemplateVersions.version,
      audience: assignments.audience,
      schedule: assignments.schedule,
      startsOn: assignments.startsOn,
      endsOn: assignments.endsOn,
      status: assignments.status,
      noteToCouple: assignments.noteToCouple,
      createdAt: assignments.createdAt,
    })
    .from(assignments)
    .innerJoin(exerciseTemplateVersions, eq(exerciseTemplateVersions.id, assignments.templateVersionId))
    .where(eq(assignments.coupleId, coupleId))
    .orderBy(sql`${assignments.status} = 'ended'`, sql`${assignments.createdAt} desc`);
}

/** Task counts per assignment, assignee and status, for the counselor's completion view. */
export async function countCoupleTasks(db: Database, coupleId: string, through: string) {
  return db
    .select({
      assignmentId: tasks.assignmentId,
      assigneeId: tasks.assigneeId,
      status: tasks.status,
      isLate: tasks.isLate,
      n: count(),
    })
    .from(tasks)
    .where(and(eq(tasks.coupleId, coupleId), sql`${tasks.dueOn} <= ${through}`))
    .groupBy(tasks.assignmentId, tasks.assigneeId, tasks.status, tasks.isLate)
    .orderBy(asc(tasks.assignmentId));
}

/** The assignment if it belongs to a couple on the counselor's caseload. */
export async function findCaseloadAssignment(db: Database, scope: { counselorId: string; practiceId: string }, assignmentId: string) {
  const [row] = await db
    .select({ id: assignments.id, coupleId: assignments.coupleId, status: assignments.status, timeZone: couples.timeZone })
    .from(assignments)
    .innerJoin(couples, eq(couples.id, assignments.coupleId))
    .where(and(eq(assignments.id, assignmentId), eq(couples.counselorId, scope.counselorId), eq(couples.practiceId, scope.practiceId)))
    .limit(1);
  return row;
}

export async function updateAssignmentStatus(
  db: Database,
  assignmentId: string,
  values: Pick<typeof assignments.$inferInsert, "status" | "endsOn" | "endedAt" | "tasksThrough">,
) {
  await db.update(assignments).set(values).where(eq(assignments.id, assignmentId));
}

/**
 * Removes an assignment's tasks due after `after` that nobody has started: no draft,
 * no answer, nothing submitted. Anyone's words are never deleted with a task.
 */
export async function deleteUnstartedTasksAfter(db: Database, assignmentId: string, after: string): Promise<number> {
  const removed = await db
    .delete(tasks)
    .where(
      and(
        eq(tasks.assignmentId, assignmentId),
        eq(tasks.status, "not_started"),
        sql`${tasks.dueOn} > ${after}`,
        sql`NOT EXISTS (SELECT 1 FROM ${responses} WHERE ${responses.taskId} = ${tasks.id})`,
      ),
    )
    .returning({ id: tasks.id });
  return removed.length;
}

/** An assignment as the edit form needs it: current settings, version and frozen definition. */
export async function findCaseloadAssignmentForEdit(db: Database, scope: { counselorId: string; practiceId: string }, assignmentId: string) {
  const [row] = await db
    .select({
      id: assignments.id,
      coupleId: assignments.coupleId,
      coupleName: couples.displayName,
      timeZone: couples.timeZone,
      audience: assignments.audience,
      schedule: assignments.schedule,
      startsOn: assignments.startsOn,
      noteToCouple: assignments.noteToCouple,
      visibilityOverrides: assignments.visibilityOverrides,
      status: assignments.status,
      version: assignments.version,
      definition: exerciseTemplateVersions.definition,
    })
    .from(assignments)
    .innerJoin(couples, eq(couples.id, assignments.coupleId))
    .innerJoin(exerciseTemplateVersions, eq(exerciseTemplateVersions.id, assignments.templateVersionId))
    .where(and(eq(assignments.id, assignmentId), eq(couples.counselorId, scope.counselorId), eq(couples.practiceId, scope.practiceId)))
    .limit(1);
  return row;
}

/**
 * Applies an edit only if the assignment is still at `baseVersion` and not ended, and
 * bumps the version; undefined when someone else changed it first.
 */
export async function updateAssignmentAtVersion(
  db: Database,
  where: { id: string; baseVersion: number },
  values: Pick<typeof assignments.$inferInsert, "schedule" | "noteToCouple" | "visibilityOverrides" | "tasksThrough">,
) {
  const [row] = await db
    .update(assignments)
    .set({ ...values, version: sql`${assignments.version} + 1` })
    .where(and(eq(assignments.id, where.id), eq(assignments.version, where.baseVersion), inArray(assignments.status, ["active", "paused"])))
    .returning({ version: assignments.version, status: assignments.status });
  return row;
}
