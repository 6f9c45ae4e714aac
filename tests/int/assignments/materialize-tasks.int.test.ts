import { asc, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { assignments, tasks } from "@/db/schema";
import type { PartnerLabel } from "@/db/schema/_shared/enums";
import { materializeCoupleTasks } from "@/server/services/assignments/materialize-tasks";
import { useTestDatabase } from "../../support/database";
import { createAssignment, createCouple, createPractice, createUser, type TestUser } from "../../support/factories";

// Monday 23 November 2026, 10:00 in New York.
const NOW = new Date("2026-11-23T15:00:00Z");

describe("task materialisation", () => {
  const test = useTestDatabase();
  let counselor: TestUser;

  beforeAll(async () => {
    const practice = await createPractice(test.db);
    counselor = await createUser(test.db, { practiceId: practice.id, role: "counselor" });
  });

  const newCouple = (labels?: [PartnerLabel, PartnerLabel]) => createCouple(test.db, { counselor, timeZone: "America/New_York", ...(labels ? { labels } : {}) });

  const tasksOf = (assignmentId: string) =>
    test.db
      .select({ assigneeId: tasks.assigneeId, dueOn: tasks.dueOn, dueAt: tasks.dueAt })
      .from(tasks)
      .where(eq(tasks.assignmentId, assignmentId))
      .orderBy(asc(tasks.dueOn), asc(tasks.assigneeId));

  it("creates each partner's daily tasks for two weeks ahead, due at the end of their local day", async () => {
    const { couple, partners } = await newCouple();
    const assignment = await createAssignment(test.db, { coupleId: couple.id, assignedById: counselor.id, startsOn: "2026-11-23" });
    expect(await materializeCoupleTasks(test.db, couple.id, NOW)).toEqual({ created: 28 });
    const rows = await tasksOf(assignment.id);
    expect(rows[0]).toEqual({ assigneeId: [partners[0].id, partners[1].id].sort()[0], dueOn: "2026-11-23", dueAt: new Date("2026-11-24T05:00:00Z") });
    expect(rows.at(-1)?.dueOn).toBe("2026-12-06");
    const [stored] = await test.db.select({ through: assignments.tasksThrough }).from(assignments).where(eq(assignments.id, assignment.id));
    expect(stored?.through).toBe("2026-12-06");
  });

  it("continues from where it stopped and never duplicates, even when run concurrently", async () => {
    const { couple } = await newCouple();
    const assignment = await createAssignment(test.db, { coupleId: couple.id, assignedById: counselor.id, startsOn: "2026-11-23" });
    const results = await Promise.all([1, 2, 3].map(() => materializeCoupleTasks(test.db, couple.id, NOW)));
    expect(results.reduce((sum, result) => sum + result.created, 0)).toBe(28);
    // A week later, only the new week is added.
    expect(await materializeCoupleTasks(test.db, couple.id, new Date("2026-11-30T15:00:00Z"))).toEqual({ created: 14 });
    expect(await materializeCoupleTasks(test.db, couple.id, new Date("2026-11-30T15:00:00Z"))).toEqual({ created: 0 });
    expect(await tasksOf(assignment.id)).toHaveLength(42);
  });

  it("gives hurt-partner exercises to the hurt partner, joint ones one shared task, and skips paused assignments", async () => {
    const { couple, partners } = await newCouple(["involved", "hurt"]);
    const once = { kind: "once" as const, dueOn: "2026-11-27" };
    const forHurt = await createAssignment(test.db, { coupleId: couple.id, assignedById: counselor.id, audience: "hp", schedule: once, startsOn: "2026-11-23" });
    const together = await createAssignment(test.db, { coupleId: couple.id, assignedById: counselor.id, audience: "together", schedule: once, startsOn: "2026-11-23" });
    const paused = await createAssignment(test.db, { coupleId: couple.id, assignedById: counselor.id, status: "paused", startsOn: "2026-11-23" });
    await materializeCoupleTasks(test.db, couple.id, NOW);
    expect((await tasksOf(forHurt.id)).map((task) => task.assigneeId)).toEqual([partners[1].id]);
    expect((await tasksOf(together.id)).map((task) => task.assigneeId)).toEqual([null]);
    expect(await tasksOf(paused.id)).toEqual([]);
  });

  it("keeps due times right across the end of daylight saving time", async () => {
    const { couple } = await newCouple();
    const assignment = await createAssignment(test.db, {
      coupleId: couple.id,
      assignedById: counselor.id,
      audience: "together",
      startsOn: "2026-10-30",
      schedule: { kind: "daily", until: "2026-11-02" },
    });
    await materializeCoupleTasks(test.db, couple.id, new Date("2026-10-30T15:00:00Z"));
    const rows = await test.db.select({ dueOn: tasks.dueOn, dueAt: tasks.dueAt }).from(tasks).where(eq(tasks.assignmentId, assignment.id)).orderBy(asc(tasks.dueOn));
    // Clocks fall back on 1 November: the day before ends at 04:00Z, that day at 05:00Z.
    expect(rows).toEqual([
      { dueOn: "2026-10-30", dueAt: new Date("2026-10-31T04:00:00Z") },
      { dueOn: "2026-10-31", dueAt: new Date("2026-11-01T04:00:00Z") },
      { dueOn: "2026-11-01", dueAt: new Date("2026-11-02T05:00:00Z") },
      { dueOn: "2026-11-02", dueAt: new Date("2026-11-03T05:00:00Z") },
    ]);
  });
});
