import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { assignments, exerciseTemplates, exerciseTemplateVersions, safetyConcerns, tasks } from "@/db/schema";
import type { TAssignInput } from "@/db/schema/assignments/validation";
import { syncBuiltinLibrary } from "@/server/services/library/sync-builtins";
import { callerAs } from "../../support/callers";
import { useTestDatabase } from "../../support/database";
import { createCouple, createWorld } from "../../support/factories";

type World = Awaited<ReturnType<typeof createWorld>>;

describe("assignment procedures", () => {
  const test = useTestDatabase();
  let world: World;
  const templateIds: Record<string, string> = {};

  beforeAll(async () => {
    world = await createWorld(test.db);
    await syncBuiltinLibrary(test.db);
    for (const slug of ["daily-trust-check-in", "impact-letter", "transparency-agreement"]) {
      const [row] = await test.db.select({ id: exerciseTemplates.id }).from(exerciseTemplates).where(eq(exerciseTemplates.slug, slug));
      templateIds[slug] = row!.id;
    }
  });

  const daily = (overrides: Partial<TAssignInput> = {}): TAssignInput => ({
    coupleId: world.own.couple.id,
    templateId: templateIds["daily-trust-check-in"]!,
    audience: "each",
    startsOn: "2026-11-23",
    schedule: { kind: "daily", count: 7 },
    ...overrides,
  });
  type Refusal = { code?: string; message?: string; cause?: { fieldErrors?: Record<string, string[]> } };
  const refusalOf = (promise: Promise<unknown>): Promise<Refusal> =>
    promise.then(
      () => ({}),
      (error: unknown) => error as Refusal,
    );
  const todayUtc = () => new Date().toISOString().slice(0, 10);
  const tasksOf = (assignmentId: string) =>
    test.db.select({ id: tasks.id, dueOn: tasks.dueOn }).from(tasks).where(eq(tasks.assignmentId, assignmentId)).orderBy(tasks.dueOn, tasks.id);
  const codeOf = (promise: Promise<unknown>) =>
    promise.then(
      () => "OK",
      (error: { code?: string }) => error.code,
    );

  it("assigns the current version to a caseload couple, freezes it, and creates each partner's tasks", async () => {
    const { assignmentId } = await callerAs(test.db, world.counselor).assignment.create(daily({ noteToCouple: "Two minutes each evening." }));
    const [stored] = await test.db
      .select({ versionUsed: exerciseTemplateVersions.firstUsedAt, note: assignments.noteToCouple })
      .from(assignments)
      .innerJoin(exerciseTemplateVersions, eq(exerciseTemplateVersions.id, assignments.templateVersionId))
      .where(eq(assignments.id, assignmentId));
    expect(stored?.note).toBe("Two minutes each evening.");
    expect(stored?.versionUsed).toBeInstanceOf(Date);
    const created = await test.db.select({ assigneeId: tasks.assigneeId }).from(tasks).where(eq(tasks.assignmentId, assignmentId));
    expect(new Set(created.map((task) => task.assigneeId))).toEqual(new Set(world.own.partners.map((partner) => partner.id)));
  });

  it("lists a couple's homework with completion for the owner only", async () => {
    const list = await callerAs(test.db, world.counselor).assignment.listForCouple({ coupleId: world.own.couple.id });
    expect(list[0]).toMatchObject({ title: "Daily trust check-in", audience: "each", status: "active" });
    expect(list[0]?.completion.map((entry) => entry.assigneeId).sort()).toEqual(world.own.partners.map((partner) => partner.id).sort());
    for (const outsider of [world.otherCounselor, world.foreignCounselor]) {
      expect(await codeOf(callerAs(test.db, outsider).assignment.listForCouple({ coupleId: world.own.couple.id }))).toBe("NOT_FOUND");
    }
  });

  it("answers NOT_FOUND for another counselor's couple or another practice's template, creating nothing", async () => {
    const before = (await test.db.select({ id: assignments.id }).from(assignments)).length;
    expect(await codeOf(callerAs(test.db, world.otherCounselor).assignment.create(daily()))).toBe("NOT_FOUND");
    expect(await codeOf(callerAs(test.db, world.foreignCounselor).assignment.create(daily()))).toBe("NOT_FOUND");
    const theirs = await callerAs(test.db, world.foreignCounselor).library.create({
      definition: {
        title: "Foreign",
        phase: "p1",
        audience: "each",
        sections: [{ key: "s", title: "S", fields: [{ key: "q", type: "short_text", label: "Q", visibility: "shared" }] }],
      },
    });
    expect(await codeOf(callerAs(test.db, world.counselor).assignment.create(daily({ templateId: theirs.templateId })))).toBe("NOT_FOUND");
    expect((await test.db.select({ id: assignments.id }).from(assignments)).length).toBe(before);
  });

  it("refuses an audience the exercise wasn't written for, and overrides that would make answers less private", async () => {
    const letter = daily({ templateId: templateIds["impact-letter"]!, audience: "each", schedule: { kind: "once", dueOn: "2026-11-30" } });
    const error = await refusalOf(callerAs(test.db, world.counselor).assignment.create(letter));
    expect(error).toMatchObject({ code: "BAD_REQUEST" });
    expect(Object.keys(error.cause?.fieldErrors ?? {})).toEqual(["audience"]);
    const looser = await refusalOf(
      callerAs(test.db, world.counselor).assignment.create(daily({ visibilityOverrides: { felt_unsafe: "shared", hp_mood: "counselor_only" } })),
    );
    expect(looser.cause?.fieldErrors).toEqual({ "visibilityOverrides.felt_unsafe": ["An override can only make an answer more private."] });
    // A question shown only after a now-private answer would give that answer away.
    const revealing = await refusalOf(callerAs(test.db, world.counselor).assignment.create(daily({ visibilityOverrides: { hp_talked: "counselor_only" } })));
    expect(Object.keys(revealing.cause?.fieldErrors ?? {})).toEqual(["visibilityOverrides.hp_felt_heard"]);
  });

  it("refuses a one-partner exercise when no partner has that role", async () => {
    const unlabelled = await createCouple(test.db, { counselor: world.counselor, labels: ["unset", "unset"] });
    const letter = daily({ coupleId: unlabelled.couple.id, templateId: templateIds["impact-letter"]!, audience: "hp", schedule: { kind: "once", dueOn: "2026-11-30" } });
    expect(await codeOf(callerAs(test.db, world.counselor).assignment.create(letter))).toBe("BAD_REQUEST");
  });

  it("refuses an exercise that needs safety clearance while a violence concern is open", async () => {
    const couple = await createCouple(test.db, { counselor: world.counselor });
    await test.db.insert(safetyConcerns).values({ coupleId: couple.couple.id, kind: "violence", openedById: world.counselor.id });
    const agreement = daily({ coupleId: couple.couple.id, templateId: templateIds["transparency-agreement"]!, audience: "together", schedule: { kind: "once", dueOn: "2026-11-30" } });
    expect(await refusalOf(callerAs(test.db, world.counselor).assignment.create(agreement))).toMatchObject({
      code: "BAD_REQUEST",
      message: expect.stringContaining("safety clearance") as string,
    });
    expect(await codeOf(callerAs(test.db, world.counselor).assignment.create({ ...agreement, templateId: templateIds["daily-trust-check-in"]!, audience: "each" }))).toBe("OK");
  });

  it("pauses, resumes and ends homework, never deleting started work", async () => {
    const couple = await createCouple(test.db, { counselor: world.counselor, timeZone: "UTC" });
    const counselor = callerAs(test.db, world.counselor);
    const { assignmentId } = await counselor.assignment.create(daily({ coupleId: couple.couple.id, startsOn: todayUtc(), schedule: { kind: "daily" } }));
    const future = (await tasksOf(assignmentId)).filter((task) => task.dueOn > todayUtc());
    expect(future.length).toBeGreaterThan(0);
    // A partner has started tomorrow's task: it must survive a pause.
    await test.db.update(tasks).set({ status: "in_progress" }).where(eq(tasks.id, future[0]!.id));

    expect(await codeOf(callerAs(test.db, world.otherCounselor).assignment.setStatus({ assignmentId, action: "pause" }))).toBe("NOT_FOUND");
    expect(await counselor.assignment.setStatus({ assignmentId, action: "pause" })).toMatchObject({ status: "paused" });
    const afterPause = await tasksOf(assignmentId);
    expect(afterPause.filter((task) => task.dueOn > todayUtc()).map((task) => task.id)).toEqual([future[0]!.id]);

    await counselor.assignment.setStatus({ assignmentId, action: "resume" });
    expect((await tasksOf(assignmentId)).length).toBeGreaterThan(afterPause.length);

    await counselor.assignment.setStatus({ assignmentId, action: "end" });
    const [ended] = await test.db.select({ status: assignments.status, endsOn: assignments.endsOn }).from(assignments).where(eq(assignments.id, assignmentId));
    expect(ended).toEqual({ status: "ended", endsOn: todayUtc() });
    expect((await tasksOf(assignmentId)).filter((task) => task.dueOn > todayUtc()).map((task) => task.id)).toEqual([future[0]!.id]);
    expect(await codeOf(counselor.assignment.setStatus({ assignmentId, action: "resume" }))).toBe("BAD_REQUEST");
  });

  it("refuses dates that contradict each other", async () => {
    expect(await codeOf(callerAs(test.db, world.counselor).assignment.create(daily({ schedule: { kind: "once", dueOn: "2026-11-01" } })))).toBe("BAD_REQUEST");
  });
});
