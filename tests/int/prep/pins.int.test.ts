import { beforeAll, describe, expect, it } from "vitest";
import { todayIn } from "@/db/schema/_shared/calendar";
import { callerAs } from "../../support/callers";
import { useTestDatabase } from "../../support/database";
import { createWorld } from "../../support/factories";
import { buildCloseness } from "../../support/prep-fixtures";

describe("a partner pins their own answers for the next session", () => {
  const test = useTestDatabase();
  let world: Awaited<ReturnType<typeof createWorld>>;
  let taskIds: { hp: string[]; ip: string[] };

  beforeAll(async () => {
    world = await createWorld(test.db);
    const timeZone = "America/Chicago";
    const [hp, ip] = world.own.partners;
    ({ taskIds } = await buildCloseness(test.db, {
      counselor: world.counselor,
      coupleId: world.own.couple.id,
      timeZone,
      today: todayIn(timeZone),
      hp,
      ip,
      fromDay: -1,
      plan: { hp: [6, "open"], ip: [5, "open"] },
    }));
  });

  it("pins and unpins submitted work; the counselor's prep lists the pin; the other partner learns nothing", async () => {
    const [hp, ip] = world.own.partners;
    const asHp = callerAs(test.db, hp);
    expect(await asHp.task.pin({ taskId: taskIds.hp[0]!, pinned: true })).toEqual({ pinned: true });
    expect((await asHp.task.get({ taskId: taskIds.hp[0]! })).response?.pinnedForSession).toBe(true);
    const prep = await callerAs(test.db, world.counselor).prep.couple({ coupleId: world.own.couple.id });
    expect(prep.discuss.filter((entry) => entry.kind === "pinned")).toMatchObject([{ authorId: hp.id, taskId: taskIds.hp[0] }]);

    // The other partner can neither pin nor read the pin on someone else's work.
    await expect(callerAs(test.db, ip).task.pin({ taskId: taskIds.hp[0]!, pinned: false })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await callerAs(test.db, ip).task.get({ taskId: taskIds.ip[0]! })).response?.pinnedForSession).toBe(false);
    await expect(callerAs(test.db, world.other.partners[0]).task.pin({ taskId: taskIds.hp[0]!, pinned: true })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(callerAs(test.db, world.counselor).task.pin({ taskId: taskIds.hp[0]!, pinned: true })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(callerAs(test.db, null).task.pin({ taskId: taskIds.hp[0]!, pinned: true })).rejects.toMatchObject({ code: "UNAUTHORIZED" });

    await asHp.task.pin({ taskId: taskIds.hp[0]!, pinned: false });
    const after = await callerAs(test.db, world.counselor).prep.couple({ coupleId: world.own.couple.id });
    expect(after.discuss.filter((entry) => entry.kind === "pinned")).toEqual([]);
  });

  it("refuses to pin work that is not submitted, and changes nothing", async () => {
    const [hp] = world.own.partners;
    const asHp = callerAs(test.db, hp);
    await asHp.task.saveDraft({ taskId: taskIds.hp[1]!, baseVersion: 0, answers: { hp_level: 4 } });
    await expect(asHp.task.pin({ taskId: taskIds.hp[1]!, pinned: true })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    expect((await asHp.task.get({ taskId: taskIds.hp[1]! })).response?.pinnedForSession).toBe(false);
  });
});
