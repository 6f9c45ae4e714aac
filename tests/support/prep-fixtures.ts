import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import type { Database } from "@/db/client";
import { responses, sessionRecords, tasks } from "@/db/schema";
import { addDays } from "@/db/schema/_shared/calendar";
import { deadlinesFor } from "@/db/schema/assignments/occurrences";
import { ZTemplateDefinition } from "@/db/schema/exercises/definition";
import { instantIn } from "@/server/services/sessions/session-ref";
import { callerAs } from "./callers";
import { createAssignment, createTemplateVersion, type TestUser } from "./factories";

/** A per-partner measure with a declared gap rule: the prep views' numbers are checked against it. */
export const levelDefinition = ZTemplateDefinition.parse({
  title: "Closeness check-in",
  phase: "p1",
  audience: "each",
  sections: [
    { key: "hp_part", title: "Today", for: "hp", fields: [{ key: "hp_level", type: "scale_0_10", label: "How close I felt", required: true, visibility: "shared" }] },
    { key: "ip_part", title: "Today", for: "ip", fields: [{ key: "ip_level", type: "scale_0_10", label: "How close I think we were", required: true, visibility: "shared" }] },
  ],
  scoring: {
    scores: [
      {
        key: "closeness",
        label: "Closeness",
        method: "mean",
        items: [{ field: "hp_level" }, { field: "ip_level" }],
        range: { min: 0, max: 10 },
        referenceLines: [{ value: 5, label: "Counselor line" }],
      },
    ],
  },
  discrepancies: [{ key: "closeness_gap", kind: "gap", label: "Closeness seen differently", hp: "hp_level", ip: "ip_level", atLeast: 3 }],
});

/** A daily task for one partner, with the couple's real deadlines and a grace window still open. */
export async function createDayTask(db: Database, assignmentId: string, coupleId: string, assigneeId: string | null, dueOn: string, timeZone: string) {
  const { dueAt } = deadlinesFor(dueOn, timeZone);
  const [row] = await db
    .insert(tasks)
    .values({ assignmentId, coupleId, assigneeId, dueOn, dueAt, graceUntil: new Date(Date.now() + 7 * 24 * 3600 * 1000) })
    .returning();
  return row!;
}

export type DayPlan = number | "skip" | "missed" | "open" | { late: number };

/**
 * Builds the closeness measure for a couple day by day through the real procedures.
 * Submitting now makes every past day late, so on-time days get their submit time
 * moved back to the evening of the due day, as if written then.
 */
export async function buildCloseness(
  db: Database,
  options: { counselor: TestUser; coupleId: string; timeZone: string; today: string; hp: TestUser; ip: TestUser; fromDay: number; plan: { hp: DayPlan[]; ip: DayPlan[] } },
) {
  const version = await createTemplateVersion(db, levelDefinition);
  const assignment = await createAssignment(db, {
    coupleId: options.coupleId,
    assignedById: options.counselor.id,
    templateVersionId: version.id,
    startsOn: addDays(options.today, options.fromDay),
    schedule: { kind: "daily" },
  });
  const taskIds: Record<"hp" | "ip", string[]> = { hp: [], ip: [] };
  for (const side of ["hp", "ip"] as const) {
    const partner = options[side];
    for (const [index, plan] of options.plan[side].entries()) {
      const dueOn = addDays(options.today, options.fromDay + index);
      const task = await createDayTask(db, assignment.id, options.coupleId, partner.id, dueOn, options.timeZone);
      taskIds[side].push(task.id);
      if (plan === "open") continue;
      if (plan === "missed") {
        await db.update(tasks).set({ graceUntil: new Date(Date.now() - 1000) }).where(eq(tasks.id, task.id));
        continue;
      }
      if (plan === "skip") {
        await callerAs(db, partner).task.skip({ taskId: task.id, reason: "no_time" });
        continue;
      }
      const value = typeof plan === "number" ? plan : plan.late;
      const submitted = await callerAs(db, partner).task.submit({ taskId: task.id, baseVersion: 0, answers: { [`${side}_level`]: value }, submitKey: randomUUID() });
      if (typeof plan === "number") {
        const onTime = new Date(task.dueAt.getTime() - 4 * 3600 * 1000);
        await db.update(responses).set({ submittedAt: onTime }).where(eq(responses.id, submitted.responseId));
        await db.update(tasks).set({ submittedAt: onTime, isLate: false }).where(eq(tasks.id, task.id));
      }
    }
  }
  return { assignmentId: assignment.id, taskIds };
}

export async function holdSession(db: Database, options: { coupleId: string; counselorId: string; date: string; timeZone: string; status?: "held" | "scheduled" }) {
  const [row] = await db
    .insert(sessionRecords)
    .values({ coupleId: options.coupleId, counselorId: options.counselorId, scheduledAt: instantIn(options.date, "15:00", options.timeZone), status: options.status ?? "held" })
    .returning();
  return row!;
}
