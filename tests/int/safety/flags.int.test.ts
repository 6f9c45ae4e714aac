import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { auditEvents, flags } from "@/db/schema";
import { todayIn } from "@/db/schema/_shared/calendar";
import { ZTemplateDefinition } from "@/db/schema/exercises/definition";
import { callerAs } from "../../support/callers";
import { useTestDatabase } from "../../support/database";
import { createAssignment, createTemplateVersion, createWorld } from "../../support/factories";
import { createDayTask } from "../../support/prep-fixtures";

const checkIn = ZTemplateDefinition.parse({
  title: "Evening check-in",
  phase: "p1",
  audience: "each",
  sections: [
    {
      key: "today",
      title: "Today",
      fields: [
        { key: "mood", type: "scale_0_10", label: "Mood", required: true, visibility: "shared" },
        { key: "unsafe", type: "yes_no", label: "I felt unsafe at home today", visibility: "safety" },
        { key: "private_note", type: "long_text", label: "For my counselor", visibility: "safety" },
      ],
    },
  ],
  flags: [{ key: "unsafe", label: "Felt unsafe at home", field: "unsafe", when: { equals: true }, severity: "high" }],
});

describe("safety flags", () => {
  const test = useTestDatabase();
  let world: Awaited<ReturnType<typeof createWorld>>;
  const taskIds: Record<"hp" | "ip", string> = { hp: "", ip: "" };

  beforeAll(async () => {
    world = await createWorld(test.db);
    const timeZone = world.own.couple.timeZone;
    const today = todayIn(timeZone);
    const version = await createTemplateVersion(test.db, checkIn);
    const assignment = await createAssignment(test.db, { coupleId: world.own.couple.id, assignedById: world.counselor.id, templateVersionId: version.id, startsOn: today });
    const [hp, ip] = world.own.partners;
    taskIds.hp = (await createDayTask(test.db, assignment.id, world.own.couple.id, hp.id, today, timeZone)).id;
    taskIds.ip = (await createDayTask(test.db, assignment.id, world.own.couple.id, ip.id, today, timeZone)).id;
  });

  it("a safety answer raises a counselor-only flag and shows its author crisis resources; calm answers raise none", async () => {
    const [hp, ip] = world.own.partners;
    const calm = await callerAs(test.db, ip).task.submit({ taskId: taskIds.ip, baseVersion: 0, answers: { mood: 6, unsafe: false }, submitKey: randomUUID() });
    expect(calm.showCrisisResources).toBe(false);
    const result = await callerAs(test.db, hp).task.submit({
      taskId: taskIds.hp,
      baseVersion: 0,
      answers: { mood: 2, unsafe: true, private_note: "He threatened to hurt me when I asked about the messages." },
      submitKey: randomUUID(),
    });
    expect(result.showCrisisResources).toBe(true);
    const stored = await test.db.select().from(flags).where(eq(flags.coupleId, world.own.couple.id));
    expect(stored.map((flag) => [flag.rule, flag.severity, flag.fieldKey]).sort()).toEqual(
      [
        ["Felt unsafe at home", "high", "unsafe"],
        ["Free text mentions violence or threats at home", "high", "private_note"],
      ].sort(),
    );
    const prep = await callerAs(test.db, world.counselor).prep.couple({ coupleId: world.own.couple.id });
    expect(prep.flags).toHaveLength(2);
    expect(prep.flags.every((flag) => flag.authorId === hp.id && flag.isNew && flag.acknowledgedAt === null)).toBe(true);
    expect((await callerAs(test.db, world.counselor).prep.caseload()).rows[0]!.openFlags).toBe(2);
  });

  it("an amendment raises only what is new", async () => {
    const [hp] = world.own.partners;
    const current = await callerAs(test.db, hp).task.get({ taskId: taskIds.hp });
    const amended = await callerAs(test.db, hp).task.amend({
      taskId: taskIds.hp,
      baseVersion: current.response!.version,
      answers: { mood: 2, unsafe: true, private_note: "He threatened to hurt me. Some nights I want to die." },
    });
    expect(amended.showCrisisResources).toBe(true);
    const again = await callerAs(test.db, hp).task.get({ taskId: taskIds.hp });
    const same = await callerAs(test.db, hp).task.amend({ taskId: taskIds.hp, baseVersion: again.response!.version, answers: { mood: 3, unsafe: true } });
    expect(same.showCrisisResources).toBe(false);
    expect(await test.db.select().from(flags).where(eq(flags.coupleId, world.own.couple.id))).toHaveLength(3);
  });

  it("the counselor acknowledges a flag once, with the action taken; the audit row holds no text", async () => {
    const prep = await callerAs(test.db, world.counselor).prep.couple({ coupleId: world.own.couple.id });
    const flagId = prep.flags[0]!.id;
    await callerAs(test.db, world.counselor).flag.acknowledge({ flagId, actionTaken: "Called her; safety plan reviewed" });
    await expect(callerAs(test.db, world.counselor).flag.acknowledge({ flagId, actionTaken: "again" })).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(callerAs(test.db, world.counselor).flag.acknowledge({ flagId, actionTaken: "   " })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    const after = await callerAs(test.db, world.counselor).prep.couple({ coupleId: world.own.couple.id });
    expect(after.flags.find((flag) => flag.id === flagId)).toMatchObject({ actionTaken: "Called her; safety plan reviewed" });
    const audit = await test.db.select().from(auditEvents).where(eq(auditEvents.entityId, flagId));
    expect(audit.map((row) => row.action)).toEqual(["flag.acknowledge"]);
    expect(JSON.stringify(audit)).not.toContain("safety plan");
  });

  it("nobody else can acknowledge, and partners never read flags", async () => {
    const prep = await callerAs(test.db, world.counselor).prep.couple({ coupleId: world.own.couple.id });
    const open = prep.flags.find((flag) => flag.acknowledgedAt === null)!;
    for (const other of [world.otherCounselor, world.foreignCounselor]) {
      await expect(callerAs(test.db, other).flag.acknowledge({ flagId: open.id, actionTaken: "x" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    }
    for (const partner of [...world.own.partners, ...world.other.partners]) {
      await expect(callerAs(test.db, partner).flag.acknowledge({ flagId: open.id, actionTaken: "x" })).rejects.toMatchObject({ code: "FORBIDDEN" });
    }
    await expect(callerAs(test.db, null).flag.acknowledge({ flagId: open.id, actionTaken: "x" })).rejects.toMatchObject({ code: "UNAUTHORIZED" });
    // The other partner's own pages carry nothing about the flags.
    const [, ip] = world.own.partners;
    const seen = JSON.stringify([await callerAs(test.db, ip).today.get(), await callerAs(test.db, ip).task.get({ taskId: taskIds.ip })]);
    for (const flag of prep.flags) {
      expect(seen).not.toContain(flag.id);
      expect(seen).not.toContain(flag.rule);
    }
    expect(seen).not.toContain("threatened");
    expect((await test.db.select().from(flags).where(eq(flags.id, open.id)))[0]!.acknowledgedAt).toBeNull();
  });
});
