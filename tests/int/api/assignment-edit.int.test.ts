import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { addDays } from "@/db/schema/_shared/calendar";
import { assignments, auditEvents, exerciseTemplates, responses, tasks } from "@/db/schema";
import type { TSchedule } from "@/db/schema/assignments/schedule";
import type { TEditAssignmentInput } from "@/db/schema/assignments/validation";
import { syncBuiltinLibrary } from "@/server/services/library/sync-builtins";
import { callerAs } from "../../support/callers";
import { useTestDatabase } from "../../support/database";
import { createCouple, createWorld, type TestUser } from "../../support/factories";

type World = Awaited<ReturnType<typeof createWorld>>;
type Refusal = { code?: string; message?: string; cause?: { fieldErrors?: Record<string, string[]> } };

const refusalOf = (promise: Promise<unknown>): Promise<Refusal> =>
  promise.then(
    () => ({}),
    (error: unknown) => error as Refusal,
  );
const codeOf = async (promise: Promise<unknown>) => (await refusalOf(promise)).code ?? "OK";
// The test couples live in UTC, so their "today" is the UTC date.
const todayUtc = () => new Date().toISOString().slice(0, 10);
const weekdayOf = (isoDate: string) => new Date(`${isoDate}T00:00:00Z`).getUTCDay();

describe("assignment.update", () => {
  const test = useTestDatabase();
  let world: World;
  let dailyTemplateId: string;

  beforeAll(async () => {
    world = await createWorld(test.db);
    await syncBuiltinLibrary(test.db);
    const [row] = await test.db.select({ id: exerciseTemplates.id }).from(exerciseTemplates).where(eq(exerciseTemplates.slug, "daily-trust-check-in"));
    dailyTemplateId = row!.id;
  });

  /** A UTC couple on the counselor's caseload with the daily check-in starting today, open-ended. */
  async function assignDaily() {
    const { couple, partners } = await createCouple(test.db, { counselor: world.counselor, timeZone: "UTC" });
    const { assignmentId } = await callerAs(test.db, world.counselor).assignment.create({
      coupleId: couple.id,
      templateId: dailyTemplateId,
      audience: "each",
      startsOn: todayUtc(),
      schedule: { kind: "daily" },
    });
    return { coupleId: couple.id, partners, assignmentId };
  }

  const edit = (assignmentId: string, changes: Partial<TEditAssignmentInput> = {}): TEditAssignmentInput => ({
    assignmentId,
    baseVersion: 1,
    schedule: { kind: "daily" },
    ...changes,
  });
  const tasksOf = (assignmentId: string) =>
    test.db
      .select({ id: tasks.id, dueOn: tasks.dueOn, assigneeId: tasks.assigneeId, status: tasks.status })
      .from(tasks)
      .where(eq(tasks.assignmentId, assignmentId))
      .orderBy(tasks.dueOn, tasks.assigneeId);
  const stored = async (assignmentId: string) => {
    const [row] = await test.db
      .select({ version: assignments.version, schedule: assignments.schedule, overrides: assignments.visibilityOverrides, note: assignments.noteToCouple })
      .from(assignments)
      .where(eq(assignments.id, assignmentId));
    return row!;
  };
  const taskOn = async (assignmentId: string, dueOn: string, assignee: TestUser) =>
    (await tasksOf(assignmentId)).find((task) => task.dueOn === dueOn && task.assigneeId === assignee.id)!;

  it("replaces only future tasks nobody has touched, keeping today's, drafts and submitted work", async () => {
    const { coupleId, partners, assignmentId } = await assignDaily();
    const [first, second] = partners;
    const today = todayUtc();
    const todays = await taskOn(assignmentId, today, first);
    const drafted = await taskOn(assignmentId, addDays(today, 1), first);
    const submitted = await taskOn(assignmentId, addDays(today, 2), second);
    const [{ templateVersionId } = { templateVersionId: "" }] = await test.db
      .select({ templateVersionId: assignments.templateVersionId })
      .from(assignments)
      .where(eq(assignments.id, assignmentId));
    // A draft leaves the task "not_started" until saved through the app; the response row alone must protect it.
    await test.db.insert(responses).values({ taskId: drafted.id, coupleId, authorId: first.id, templateVersionId });
    await test.db.update(tasks).set({ status: "submitted", submittedAt: new Date() }).where(eq(tasks.id, submitted.id));

    const weekly: TSchedule = { kind: "weekly", weekdays: [weekdayOf(addDays(today, 3))], everyWeeks: 1 };
    const result = await callerAs(test.db, world.counselor).assignment.update(edit(assignmentId, { schedule: weekly, noteToCouple: "Only on this day from now on." }));
    expect(result).toMatchObject({ version: 2, status: "active" });

    const after = await tasksOf(assignmentId);
    const future = after.filter((task) => task.dueOn > today).map((task) => `${task.dueOn} ${task.assigneeId}`);
    expect(future.sort()).toEqual(
      [
        `${addDays(today, 1)} ${first.id}`,
        `${addDays(today, 2)} ${second.id}`,
        `${addDays(today, 3)} ${first.id}`,
        `${addDays(today, 3)} ${second.id}`,
        `${addDays(today, 10)} ${first.id}`,
        `${addDays(today, 10)} ${second.id}`,
      ].sort(),
    );
    const ids = after.map((task) => task.id);
    expect(ids).toEqual(expect.arrayContaining([todays.id, drafted.id, submitted.id]));
    expect(after.filter((task) => task.dueOn === today)).toHaveLength(2);
    expect(await stored(assignmentId)).toMatchObject({ version: 2, schedule: weekly, note: "Only on this day from now on." });

    const [audit] = await test.db
      .select({ details: auditEvents.details })
      .from(auditEvents)
      .where(and(eq(auditEvents.action, "assignment.update"), eq(auditEvents.entityId, assignmentId)));
    expect(audit?.details).toMatchObject({ version: 2, schedule: "weekly", noteChanged: true, removedFutureTasks: 24 });
    expect(JSON.stringify(audit?.details)).not.toContain("this day");
  });

  it("refuses a stale version with CONFLICT and changes nothing", async () => {
    const { assignmentId } = await assignDaily();
    const counselor = callerAs(test.db, world.counselor);
    await counselor.assignment.update(edit(assignmentId, { noteToCouple: "First edit." }));
    const before = { assignment: await stored(assignmentId), tasks: await tasksOf(assignmentId) };

    const stale = await refusalOf(counselor.assignment.update(edit(assignmentId, { schedule: { kind: "once", dueOn: addDays(todayUtc(), 5) } })));
    expect(stale).toMatchObject({ code: "CONFLICT", message: expect.stringContaining("Reload") as string });
    expect({ assignment: await stored(assignmentId), tasks: await tasksOf(assignmentId) }).toEqual(before);
  });

  it("lets overrides become more private, never less", async () => {
    const { assignmentId } = await assignDaily();
    const counselor = callerAs(test.db, world.counselor);

    const looser = await refusalOf(counselor.assignment.update(edit(assignmentId, { visibilityOverrides: { felt_unsafe: "shared" } })));
    expect(looser).toMatchObject({ code: "BAD_REQUEST" });
    expect(Object.keys(looser.cause?.fieldErrors ?? {})).toEqual(["visibilityOverrides.felt_unsafe"]);

    // The form sends every question's class; only those that differ from the template's are stored.
    const { fields } = await counselor.assignment.getForEdit({ assignmentId });
    const all = Object.fromEntries(fields.map((field) => [field.key, field.visibility]));
    await counselor.assignment.update(edit(assignmentId, { visibilityOverrides: { ...all, note: "counselor_only" } }));
    expect((await stored(assignmentId)).overrides).toEqual({ note: "counselor_only" });
    const reread = await counselor.assignment.getForEdit({ assignmentId });
    expect(reread.fields.find((field) => field.key === "note")).toMatchObject({ defaultVisibility: "shared", visibility: "counselor_only" });

    // Back to the template's own class is looser than now, whether asked for or left out.
    const undoings: TEditAssignmentInput["visibilityOverrides"][] = [{ note: "shared" }, {}];
    for (const overrides of undoings) {
      const undo = await refusalOf(counselor.assignment.update(edit(assignmentId, { baseVersion: 2, visibilityOverrides: overrides })));
      expect(undo.cause?.fieldErrors).toEqual({ "visibilityOverrides.note": [expect.stringContaining("more private") as string] });
    }
    expect(await stored(assignmentId)).toMatchObject({ version: 2, overrides: { note: "counselor_only" } });
  });

  it("refuses making an answer more private than a question that only appears after it", async () => {
    const { assignmentId } = await assignDaily();
    const counselor = callerAs(test.db, world.counselor);
    // "When we talked, I felt heard" shows only after "We talked…" is answered yes.
    const alone = await refusalOf(counselor.assignment.update(edit(assignmentId, { visibilityOverrides: { hp_talked: "counselor_only" } })));
    expect(Object.keys(alone.cause?.fieldErrors ?? {})).toEqual(["visibilityOverrides.hp_felt_heard"]);
    const together = { hp_talked: "counselor_only", hp_felt_heard: "counselor_only" } as const;
    expect(await codeOf(counselor.assignment.update(edit(assignmentId, { visibilityOverrides: together })))).toBe("OK");
  });

  it("checks the schedule's dates against the start date it can't change, and against today", async () => {
    const { assignmentId } = await assignDaily();
    const early = await refusalOf(callerAs(test.db, world.counselor).assignment.update(edit(assignmentId, { schedule: { kind: "once", dueOn: addDays(todayUtc(), -1) } })));
    expect(early.cause?.fieldErrors).toEqual({ "schedule.dueOn": ["The due date can't be before the start date"] });
    // Today is not before the start, but an edit only shapes tomorrow on, so it would just remove the old task.
    const today = await refusalOf(callerAs(test.db, world.counselor).assignment.update(edit(assignmentId, { schedule: { kind: "once", dueOn: todayUtc() } })));
    expect(today.cause?.fieldErrors).toEqual({ "schedule.dueOn": [expect.stringContaining("after today") as string] });
  });

  it("updates paused homework without creating tasks, and refuses ended homework", async () => {
    const { assignmentId } = await assignDaily();
    const counselor = callerAs(test.db, world.counselor);
    await counselor.assignment.setStatus({ assignmentId, action: "pause" });
    const paused = await tasksOf(assignmentId);
    expect(await counselor.assignment.update(edit(assignmentId, { schedule: { kind: "weekly", weekdays: [0, 3], everyWeeks: 2 } }))).toMatchObject({ status: "paused", version: 2 });
    expect(await tasksOf(assignmentId)).toEqual(paused);

    await counselor.assignment.setStatus({ assignmentId, action: "end" });
    const ended = await refusalOf(counselor.assignment.update(edit(assignmentId, { baseVersion: 2 })));
    expect(ended).toMatchObject({ code: "BAD_REQUEST", message: expect.stringContaining("ended") as string });
    expect((await stored(assignmentId)).version).toBe(2);
  });

  it("answers NOT_FOUND outside the caseload, FORBIDDEN to partners and the admin, UNAUTHORIZED to anonymous callers", async () => {
    const { partners, assignmentId } = await assignDaily();
    const before = { assignment: await stored(assignmentId), tasks: await tasksOf(assignmentId) };
    const input = edit(assignmentId, { schedule: { kind: "once", dueOn: addDays(todayUtc(), 3) } });
    const cases: [TestUser | null, string][] = [
      [world.otherCounselor, "NOT_FOUND"],
      [world.foreignCounselor, "NOT_FOUND"],
      [partners[0], "FORBIDDEN"],
      [partners[1], "FORBIDDEN"],
      [world.admin, "FORBIDDEN"],
      [null, "UNAUTHORIZED"],
    ];
    for (const [user, code] of cases) {
      const caller = callerAs(test.db, user);
      expect(await codeOf(caller.assignment.update(input)), `update as ${user?.email ?? "anonymous"}`).toBe(code);
      expect(await codeOf(caller.assignment.getForEdit({ assignmentId })), `getForEdit as ${user?.email ?? "anonymous"}`).toBe(code);
    }
    expect(await codeOf(callerAs(test.db, world.counselor).assignment.update(edit(crypto.randomUUID())))).toBe("NOT_FOUND");
    expect({ assignment: await stored(assignmentId), tasks: await tasksOf(assignmentId) }).toEqual(before);
  });
});
