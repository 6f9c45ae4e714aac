import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { todayIn } from "@/db/schema/_shared/calendar";
import { ZTemplateDefinition } from "@/db/schema/exercises/definition";
import { callerAs } from "../../support/callers";
import { useTestDatabase } from "../../support/database";
import { createAssignment, createTemplateVersion, createWorld } from "../../support/factories";
import { createDayTask } from "../../support/prep-fixtures";

const definition = (title: string, needsSafetyClearance: boolean) =>
  ZTemplateDefinition.parse({
    title,
    phase: "p2",
    audience: "each",
    needsSafetyClearance,
    sections: [{ key: "s", title: "S", fields: [{ key: "view", type: "short_text", label: "My view", required: true, visibility: "shared" }] }],
  });

describe("violence and coercion concerns", () => {
  const test = useTestDatabase();
  let world: Awaited<ReturnType<typeof createWorld>>;
  const tasks = { clearance: { hp: "", ip: "" }, plain: { hp: "", ip: "" } };
  const TITLE = "Questions about the affair (clearance needed)";

  beforeAll(async () => {
    world = await createWorld(test.db);
    const timeZone = world.own.couple.timeZone;
    const today = todayIn(timeZone);
    const [hp, ip] = world.own.partners;
    for (const [name, clearance] of [
      ["clearance", true],
      ["plain", false],
    ] as const) {
      const version = await createTemplateVersion(test.db, definition(clearance ? TITLE : "Appreciation note", clearance));
      const assignment = await createAssignment(test.db, { coupleId: world.own.couple.id, assignedById: world.counselor.id, templateVersionId: version.id, startsOn: today });
      tasks[name].hp = (await createDayTask(test.db, assignment.id, world.own.couple.id, hp.id, today, timeZone)).id;
      tasks[name].ip = (await createDayTask(test.db, assignment.id, world.own.couple.id, ip.id, today, timeZone)).id;
    }
    // The involved partner answers both; the hurt partner answers too, so the shared answers are theirs to read.
    for (const name of ["clearance", "plain"] as const) {
      await callerAs(test.db, ip).task.submit({ taskId: tasks[name].ip, baseVersion: 0, answers: { view: `IP ${name} view` }, submitKey: randomUUID() });
      await callerAs(test.db, hp).task.submit({ taskId: tasks[name].hp, baseVersion: 0, answers: { view: `HP ${name} view` }, submitKey: randomUUID() });
    }
  });

  async function seenBy(partner: (typeof world.own.partners)[number]) {
    const today = await callerAs(test.db, partner).today.get();
    return JSON.stringify(today);
  }

  it("an open concern makes safety-clearance exercises vanish for both partners, saying nothing about why; closing brings them back", async () => {
    const [hp, ip] = world.own.partners;
    expect(await seenBy(hp)).toContain("IP clearance view");
    const concern = await callerAs(test.db, world.counselor).concern.open({ coupleId: world.own.couple.id, kind: "violence" });

    for (const partner of [hp, ip]) {
      const seen = await seenBy(partner);
      expect(seen).not.toContain(TITLE);
      expect(seen).not.toContain("clearance view");
      expect(seen).not.toMatch(/concern|violence|paused/i);
      expect(seen).toContain("Appreciation note");
    }
    await expect(callerAs(test.db, hp).task.get({ taskId: tasks.clearance.hp })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(callerAs(test.db, hp).task.amend({ taskId: tasks.clearance.hp, baseVersion: 2, answers: { view: "x" } })).rejects.toMatchObject({ code: "NOT_FOUND" });
    const plain = await callerAs(test.db, hp).task.get({ taskId: tasks.plain.hp });
    expect(JSON.stringify(plain.fromPartner)).toContain("IP plain view");

    const prep = await callerAs(test.db, world.counselor).prep.couple({ coupleId: world.own.couple.id });
    expect(prep.concerns).toMatchObject([{ id: concern.id, kind: "violence", closedAt: null }]);
    await expect(callerAs(test.db, world.counselor).concern.open({ coupleId: world.own.couple.id, kind: "violence" })).rejects.toMatchObject({ code: "CONFLICT" });

    await callerAs(test.db, world.counselor).concern.close({ concernId: concern.id });
    expect(await seenBy(hp)).toContain("IP clearance view");
    expect((await callerAs(test.db, hp).task.get({ taskId: tasks.clearance.hp })).form.title).toBe(TITLE);
    await expect(callerAs(test.db, world.counselor).concern.close({ concernId: concern.id })).rejects.toMatchObject({ code: "CONFLICT" });
  });

  it("only the couple's counselor opens or closes a concern", async () => {
    const concern = await callerAs(test.db, world.counselor).concern.open({ coupleId: world.own.couple.id, kind: "coercive_control" });
    for (const other of [world.otherCounselor, world.foreignCounselor]) {
      await expect(callerAs(test.db, other).concern.open({ coupleId: world.own.couple.id, kind: "violence" })).rejects.toMatchObject({ code: "NOT_FOUND" });
      await expect(callerAs(test.db, other).concern.close({ concernId: concern.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    }
    for (const partner of [...world.own.partners, ...world.other.partners]) {
      await expect(callerAs(test.db, partner).concern.open({ coupleId: world.own.couple.id, kind: "violence" })).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(callerAs(test.db, partner).concern.close({ concernId: concern.id })).rejects.toMatchObject({ code: "FORBIDDEN" });
    }
    await expect(callerAs(test.db, null).concern.close({ concernId: concern.id })).rejects.toMatchObject({ code: "UNAUTHORIZED" });
    const prep = await callerAs(test.db, world.counselor).prep.couple({ coupleId: world.own.couple.id });
    expect(prep.concerns.filter((entry) => entry.closedAt === null).map((entry) => entry.id)).toEqual([concern.id]);
  });
});
