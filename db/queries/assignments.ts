import { and, asc, count, eq, isNull, sql } from "drizzle-orm";
import type { Database } from "../client";
import { assignments, exerciseTemplateVersions, safetyConcerns, tasks } from "../schema";

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
