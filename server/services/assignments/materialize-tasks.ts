import type { Database } from "@/db/client";
import { advanceTasksThrough, insertTasksIfAbsent, listActiveAssignmentsForMaterializing, listCoupleMembersWithLabels } from "@/db/queries/tasks";
import type { Audience, PartnerLabel } from "@/db/schema/_shared/enums";
import { deadlinesFor, occurrencesBetween } from "@/db/schema/assignments/occurrences";
import { addDays, todayIn } from "@/db/schema/_shared/calendar";

/** How far ahead tasks exist: Today shows this week, so two weeks always covers it. */
export const MATERIALIZE_DAYS_AHEAD = 13;

const LABEL_FOR: Partial<Record<Audience, PartnerLabel>> = { hp: "hurt", ip: "involved" };

/** Who gets a task for each occurrence: one partner, each partner, or the couple together (null). */
export function assigneesFor(audience: Audience, members: { userId: string; label: PartnerLabel }[]): (string | null)[] {
  if (audience === "together") return [null];
  if (audience === "each") return members.map((member) => member.userId);
  // A mutual partner counts as both hurt and involved.
  return members.filter((member) => member.label === LABEL_FOR[audience] || member.label === "mutual").map((member) => member.userId);
}

/**
 * Creates the tasks of a couple's active assignments up to two weeks ahead. Open-ended
 * schedules never create unbounded rows: each assignment remembers how far it has been
 * materialised (`tasks_through`) and later calls continue from there. Safe to run
 * concurrently: the unique occurrence key makes a second insert of the same task a no-op.
 */
export async function materializeCoupleTasks(db: Database, coupleId: string, now: Date = new Date()) {
  const members = await listCoupleMembersWithLabels(db, coupleId);
  const timeZone = members[0]?.timeZone;
  // An archived couple is read-only: no new tasks appear for it until it is restored.
  if (!timeZone || members[0]?.coupleStatus === "archived") return { created: 0 };
  const rollingHorizon = addDays(todayIn(timeZone, now), MATERIALIZE_DAYS_AHEAD);
  let created = 0;
  for (const assignment of await listActiveAssignmentsForMaterializing(db, coupleId)) {
    // A one-off task is a single row however far away it is due: create it at once, so a
    // letter due in three weeks is on the partner's Today from the day it is assigned.
    const horizon = assignment.schedule.kind === "once" && assignment.schedule.dueOn > rollingHorizon ? assignment.schedule.dueOn : rollingHorizon;
    if (assignment.tasksThrough !== null && assignment.tasksThrough >= horizon) continue;
    const from = assignment.tasksThrough ? addDays(assignment.tasksThrough, 1) : assignment.startsOn;
    const dates = occurrencesBetween(assignment.schedule, assignment.startsOn, { from, to: horizon }, assignment.endsOn);
    const assignees = assigneesFor(assignment.audience, members);
    created += await insertTasksIfAbsent(
      db,
      dates.flatMap((dueOn) => {
        const { dueAt, graceUntil } = deadlinesFor(dueOn, timeZone);
        return assignees.map((assigneeId) => ({ assignmentId: assignment.id, coupleId, assigneeId, dueOn, dueAt, graceUntil }));
      }),
    );
    await advanceTasksThrough(db, assignment.id, horizon);
  }
  return { created };
}
