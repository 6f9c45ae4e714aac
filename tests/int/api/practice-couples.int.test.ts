import { randomUUID } from "node:crypto";
import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { auditEvents, couples, practices, tasks } from "@/db/schema";
import { syncBuiltinLibrary } from "@/server/services/library/sync-builtins";
import { exerciseTemplates } from "@/db/schema";
import { callerAs } from "../../support/callers";
import { useTestDatabase } from "../../support/database";
import { createCouple, createUser, createWorld, type TestUser } from "../../support/factories";
import { createEveryClassOccurrence } from "../../support/task-fixtures";

type World = Awaited<ReturnType<typeof createWorld>>;

const codeOf = (promise: Promise<unknown>) =>
  promise.then(
    () => "OK",
    (error: { code?: string }) => error.code,
  );
const refusal = (promise: Promise<unknown>) =>
  promise.then(
    () => ({ code: "OK", message: "" }),
    (error: { code?: string; message?: string }) => ({ code: error.code, message: error.message }),
  );

const COUPLE_KEYS = ["archivedAt", "counselor", "createdAt", "displayName", "id", "partners", "status"];
const ARCHIVED = "This couple is archived; restore it to make changes.";

describe("practice couples (admin)", () => {
  const test = useTestDatabase();
  let world: World;
  let foreignAdmin: TestUser;
  beforeAll(async () => {
    world = await createWorld(test.db);
    foreignAdmin = await createUser(test.db, { practiceId: world.otherPractice.id, role: "admin" });
  });
  const admin = () => callerAs(test.db, world.admin);

  it("lists every couple of the practice with exactly the non-clinical fields", async () => {
    await createEveryClassOccurrence(test.db, { counselor: world.counselor, coupleId: world.own.couple.id, partners: world.own.partners });
    const list = await admin().practice.couples({});
    const ids = list.map((couple) => couple.id);
    expect(ids).toEqual(expect.arrayContaining([world.own.couple.id, world.other.couple.id]));
    for (const couple of list) {
      expect(Object.keys(couple).sort()).toEqual(COUPLE_KEYS);
      expect(Object.keys(couple.counselor).sort()).toEqual(["displayName", "id"]);
      for (const partner of couple.partners) expect(Object.keys(partner).sort()).toEqual(["displayName", "hasJoined"]);
    }
    const own = list.find((couple) => couple.id === world.own.couple.id)!;
    expect(own).toMatchObject({ status: "active", counselor: { id: world.counselor.id }, partners: [{ hasJoined: false }, { hasJoined: false }] });
    // Nothing of the answers, titles or flags travels: the exercise title is nowhere in the answer.
    expect(JSON.stringify(list)).not.toContain("Every class check-in");

    // Filters.
    expect((await admin().practice.couples({ counselorId: world.otherCounselor.id })).map((couple) => couple.id)).toEqual([world.other.couple.id]);
    expect(await admin().practice.couples({ status: "archived" })).toEqual([]);
  });

  it("answers only the admin of the practice; others' couples don't show", async () => {
    expect(await callerAs(test.db, foreignAdmin).practice.couples({})).toEqual([]);
    for (const user of [world.counselor, world.otherCounselor, world.own.partners[0], world.other.partners[1]]) {
      expect(await codeOf(callerAs(test.db, user).practice.couples({}))).toBe("FORBIDDEN");
    }
    expect(await codeOf(callerAs(test.db, null).practice.couples({}))).toBe("UNAUTHORIZED");
  });

  it("reassigns a couple: the old counselor loses access at once, the new one has it, and it is audited", async () => {
    const { couple } = await createCouple(test.db, { counselor: world.counselor });
    expect(await codeOf(callerAs(test.db, world.counselor).couple.get({ coupleId: couple.id }))).toBe("OK");
    expect(await codeOf(callerAs(test.db, world.otherCounselor).couple.get({ coupleId: couple.id }))).toBe("NOT_FOUND");

    for (const user of [world.counselor, world.otherCounselor, world.own.partners[0]]) {
      expect(await codeOf(callerAs(test.db, user).practice.reassignCouple({ coupleId: couple.id, counselorId: world.otherCounselor.id }))).toBe("FORBIDDEN");
    }
    expect(await codeOf(callerAs(test.db, foreignAdmin).practice.reassignCouple({ coupleId: couple.id, counselorId: world.otherCounselor.id }))).toBe("NOT_FOUND");
    expect(await codeOf(callerAs(test.db, null).practice.reassignCouple({ coupleId: couple.id, counselorId: world.otherCounselor.id }))).toBe("UNAUTHORIZED");

    const result = await admin().practice.reassignCouple({ coupleId: couple.id, counselorId: world.otherCounselor.id });
    expect(result).toEqual({ coupleId: couple.id, counselorId: world.otherCounselor.id, changed: true });
    expect(await codeOf(callerAs(test.db, world.counselor).couple.get({ coupleId: couple.id }))).toBe("NOT_FOUND");
    expect(await codeOf(callerAs(test.db, world.otherCounselor).couple.get({ coupleId: couple.id }))).toBe("OK");
    const audit = await test.db.select().from(auditEvents).where(and(eq(auditEvents.action, "couple.reassign"), eq(auditEvents.entityId, couple.id)));
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ actorId: world.admin.id, details: { fromCounselorId: world.counselor.id, toCounselorId: world.otherCounselor.id } });
  });

  it("reassigns only to an active counselor of the same practice", async () => {
    const { couple } = await createCouple(test.db, { counselor: world.counselor });
    const disabled = await createUser(test.db, { practiceId: world.practice.id, role: "counselor", disabled: true });
    for (const counselorId of [disabled.id, world.foreignCounselor.id, world.admin.id, world.own.partners[0].id, randomUUID()]) {
      expect(await codeOf(admin().practice.reassignCouple({ coupleId: couple.id, counselorId }))).toBe("BAD_REQUEST");
    }
    expect(await codeOf(admin().practice.reassignCouple({ coupleId: randomUUID(), counselorId: world.otherCounselor.id }))).toBe("NOT_FOUND");
    const [row] = await test.db.select({ counselorId: couples.counselorId }).from(couples).where(eq(couples.id, couple.id));
    expect(row!.counselorId).toBe(world.counselor.id);
  });

  it("archives and restores, audited, only within the practice", async () => {
    const { couple } = await createCouple(test.db, { counselor: world.counselor });
    expect(await codeOf(callerAs(test.db, foreignAdmin).practice.setCoupleArchived({ coupleId: couple.id, archived: true }))).toBe("NOT_FOUND");
    expect(await codeOf(callerAs(test.db, world.counselor).practice.setCoupleArchived({ coupleId: couple.id, archived: true }))).toBe("FORBIDDEN");

    expect(await admin().practice.setCoupleArchived({ coupleId: couple.id, archived: true })).toEqual({ coupleId: couple.id, status: "archived", changed: true });
    const [archived] = await test.db.select().from(couples).where(eq(couples.id, couple.id));
    expect(archived).toMatchObject({ status: "archived" });
    expect(archived!.archivedAt).toBeInstanceOf(Date);
    expect((await admin().practice.couples({ status: "archived" })).map((row) => row.id)).toEqual([couple.id]);
    // The counselor still reads it.
    expect(await callerAs(test.db, world.counselor).couple.get({ coupleId: couple.id })).toMatchObject({ id: couple.id, status: "archived" });

    expect(await admin().practice.setCoupleArchived({ coupleId: couple.id, archived: false })).toEqual({ coupleId: couple.id, status: "active", changed: true });
    const [restored] = await test.db.select().from(couples).where(eq(couples.id, couple.id));
    expect(restored).toMatchObject({ status: "active", archivedAt: null });
    const actions = await test.db.select({ action: auditEvents.action }).from(auditEvents).where(eq(auditEvents.entityId, couple.id));
    expect(actions.map((row) => row.action)).toEqual(expect.arrayContaining(["couple.archive", "couple.restore"]));
  });
});

describe("archived couples are read-only", () => {
  const test = useTestDatabase();
  let world: World;
  let templateId: string;
  beforeAll(async () => {
    world = await createWorld(test.db);
    await syncBuiltinLibrary(test.db);
    const [row] = await test.db.select({ id: exerciseTemplates.id }).from(exerciseTemplates).where(eq(exerciseTemplates.slug, "daily-trust-check-in"));
    templateId = row!.id;
  });
  const setArchived = (coupleId: string, archived: boolean) => callerAs(test.db, world.admin).practice.setCoupleArchived({ coupleId, archived });

  it("refuses counselor and partner writes with CONFLICT while archived, creates no tasks, and allows them again after restore", async () => {
    const { couple, partners } = await createCouple(test.db, { counselor: world.counselor, timeZone: "UTC" });
    const { hpTask, assignment } = await createEveryClassOccurrence(test.db, { counselor: world.counselor, coupleId: couple.id, partners, timeZone: "UTC" });
    const counselor = () => callerAs(test.db, world.counselor);
    const hp = () => callerAs(test.db, partners[0]);
    const session = await counselor().session.schedule({ coupleId: couple.id, date: "2099-07-01", time: "14:30", durationMinutes: 50 });
    await hp().task.saveDraft({ taskId: hpTask.id, baseVersion: 0, answers: { required_note: "first" } });
    const tasksBefore = await test.db.select({ id: tasks.id }).from(tasks).where(eq(tasks.coupleId, couple.id));

    await setArchived(couple.id, true);
    const assign = { coupleId: couple.id, templateId, audience: "each" as const, startsOn: new Date().toISOString().slice(0, 10), schedule: { kind: "daily" as const } };
    const writes: [string, () => Promise<unknown>][] = [
      ["assignment.create", () => counselor().assignment.create(assign)],
      ["assignment.setStatus", () => counselor().assignment.setStatus({ assignmentId: assignment.id, action: "pause" })],
      ["session.schedule", () => counselor().session.schedule({ coupleId: couple.id, date: "2099-08-01", time: "10:00", durationMinutes: 50 })],
      ["session.saveNote", () => counselor().session.saveNote({ sessionId: session.id, baseVersion: 0, body: "A note" })],
      ["session.saveAgenda", () => counselor().session.saveAgenda({ sessionId: session.id, baseVersion: session.version, items: [] })],
      ["concern.open", () => counselor().concern.open({ coupleId: couple.id, kind: "violence" })],
      ["task.saveDraft", () => hp().task.saveDraft({ taskId: hpTask.id, baseVersion: 1, answers: { required_note: "second" } })],
      ["task.submit", () => hp().task.submit({ taskId: hpTask.id, baseVersion: 1, answers: { required_note: "done" }, submitKey: randomUUID() })],
      ["task.skip", () => hp().task.skip({ taskId: hpTask.id })],
    ];
    for (const [name, write] of writes) {
      expect({ name, ...(await refusal(write())) }).toEqual({ name, code: "CONFLICT", message: ARCHIVED });
    }
    // Reads still work, for the counselor and the partner; nothing new is materialised.
    expect(await codeOf(counselor().couple.get({ coupleId: couple.id }))).toBe("OK");
    expect(await codeOf(hp().today.get())).toBe("OK");
    expect(await codeOf(hp().task.get({ taskId: hpTask.id }))).toBe("OK");
    expect(await test.db.select({ id: tasks.id }).from(tasks).where(eq(tasks.coupleId, couple.id))).toHaveLength(tasksBefore.length);

    await setArchived(couple.id, false);
    expect(await codeOf(counselor().session.saveNote({ sessionId: session.id, baseVersion: 0, body: "A note" }))).toBe("OK");
    expect(await codeOf(hp().task.saveDraft({ taskId: hpTask.id, baseVersion: 1, answers: { required_note: "second" } }))).toBe("OK");
    expect(await codeOf(hp().task.submit({ taskId: hpTask.id, baseVersion: 2, answers: { required_note: "done" }, submitKey: randomUUID() }))).toBe("OK");
    expect(await codeOf(counselor().assignment.create(assign))).toBe("OK");
  });
});

describe("practice settings", () => {
  const test = useTestDatabase();
  let world: World;
  beforeAll(async () => {
    world = await createWorld(test.db);
  });

  it("reads and saves the practice's name and time zone, audited, for its admin only", async () => {
    const admin = () => callerAs(test.db, world.admin);
    expect(await admin().practice.settings()).toEqual({ name: world.practice.name, timeZone: world.practice.timeZone });
    await admin().practice.saveSettings({ name: "  Riverside Counseling  ", timeZone: "Europe/Berlin" });
    expect(await admin().practice.settings()).toEqual({ name: "Riverside Counseling", timeZone: "Europe/Berlin" });
    const [other] = await test.db.select().from(practices).where(eq(practices.id, world.otherPractice.id));
    expect(other!.name).toBe(world.otherPractice.name);
    const audit = await test.db.select().from(auditEvents).where(and(eq(auditEvents.action, "practice.settings.update"), eq(auditEvents.entityId, world.practice.id)));
    expect(audit).toHaveLength(1);

    expect(await codeOf(admin().practice.saveSettings({ name: "X", timeZone: "Europe/Berlin" }))).toBe("BAD_REQUEST");
    expect(await codeOf(admin().practice.saveSettings({ name: "Fine name", timeZone: "Mars/Olympus" }))).toBe("BAD_REQUEST");
    for (const user of [world.counselor, world.own.partners[0]]) {
      expect(await codeOf(callerAs(test.db, user).practice.settings())).toBe("FORBIDDEN");
      expect(await codeOf(callerAs(test.db, user).practice.saveSettings({ name: "Taken over", timeZone: "UTC" }))).toBe("FORBIDDEN");
    }
    expect(await codeOf(callerAs(test.db, null).practice.settings())).toBe("UNAUTHORIZED");
  });
});
