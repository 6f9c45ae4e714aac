import { and, asc, between, eq, isNull, or, sql } from "drizzle-orm";
import type { Database } from "../client";
import { assignments, exerciseTemplateVersions, tasks } from "../schema";

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
      dueOn: tasks.dueOn,
      graceUntil: tasks.graceUntil,
      status: tasks.status,
      isLate: tasks.isLate,
      submittedAt: tasks.submittedAt,
      isJoint: sql<boolean>`${tasks.assigneeId} IS NULL`,
      title: sql<string>`${exerciseTemplateVersions.definition}->>'title'`,
    })
    .from(tasks)
    .innerJoin(assignments, eq(assignments.id, tasks.assignmentId))
    .innerJoin(exerciseTemplateVersions, eq(exerciseTemplateVersions.id, assignments.templateVersionId))
    .where(
      and(
        eq(tasks.coupleId, scope.coupleId),
        eq(assignments.coupleId, scope.coupleId),
        or(eq(tasks.assigneeId, scope.userId), isNull(tasks.assigneeId)),
        eq(assignments.status, "active"),
        between(tasks.dueOn, window.from, window.to),
      ),
    )
    .orderBy(asc(tasks.dueOn), asc(tasks.createdAt));
}
