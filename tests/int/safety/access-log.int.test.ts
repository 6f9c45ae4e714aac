import { beforeAll, describe, expect, it } from "vitest";
import { callerAs } from "../../support/callers";
import { useTestDatabase } from "../../support/database";
import { createWorld } from "../../support/factories";

describe("access log", () => {
  const test = useTestDatabase();
  let world: Awaited<ReturnType<typeof createWorld>>;

  beforeAll(async () => {
    world = await createWorld(test.db);
    // Reads that leave a trail: the counselor's prep view, and a refused attempt by another counselor.
    await callerAs(test.db, world.counselor).prep.couple({ coupleId: world.own.couple.id });
    await callerAs(test.db, world.counselor).session.schedule({ coupleId: world.own.couple.id, date: "2099-01-05", time: "10:00", durationMinutes: 50 });
  });

  it("shows the couple's counselor who read or changed the couple's records, without content, and records that it was read", async () => {
    const log = await callerAs(test.db, world.counselor).audit.forCouple({ coupleId: world.own.couple.id });
    expect(log.events.map((event) => event.action)).toEqual(expect.arrayContaining(["prep.read", "session.schedule"]));
    expect(log.events.every((event) => event.coupleName === world.own.couple.displayName)).toBe(true);
    expect(log.events.find((event) => event.action === "prep.read")).toMatchObject({ actorName: world.counselor.displayName, actorRole: "counselor", outcome: "success" });
    expect(Object.keys(log.events[0]!).sort()).toEqual(["action", "actorName", "actorRole", "coupleName", "entityId", "entityType", "id", "occurredAt", "outcome", "requestId"].sort());
    const again = await callerAs(test.db, world.counselor).audit.forCouple({ coupleId: world.own.couple.id });
    expect(again.events[0]!.action).toBe("audit.read");
  });

  it("gives the admin the practice's log with filters, and nothing of another practice", async () => {
    const admin = callerAs(test.db, world.admin);
    const all = await admin.audit.forPractice({});
    expect(all.events.some((event) => event.coupleName === world.own.couple.displayName)).toBe(true);
    const byCounselor = await admin.audit.forPractice({ actorId: world.counselor.id, action: "session." });
    expect(byCounselor.events.map((event) => event.action)).toEqual(["session.schedule"]);
    const none = await admin.audit.forPractice({ from: "2000-01-01", to: "2000-01-02" });
    expect(none.events).toEqual([]);
    const foreign = await callerAs(test.db, world.foreignCounselor).prep.caseload();
    expect(foreign.rows).toEqual([]);
    expect((await admin.audit.forPractice({ actorId: world.foreignCounselor.id })).events).toEqual([]);
  });

  it("answers NOT_FOUND to other counselors, FORBIDDEN to partners and to the wrong role, and rejects bad filters", async () => {
    await expect(callerAs(test.db, world.otherCounselor).audit.forCouple({ coupleId: world.own.couple.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    for (const partner of [...world.own.partners, ...world.other.partners]) {
      await expect(callerAs(test.db, partner).audit.forCouple({ coupleId: world.own.couple.id })).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(callerAs(test.db, partner).audit.forPractice({})).rejects.toMatchObject({ code: "FORBIDDEN" });
    }
    await expect(callerAs(test.db, world.counselor).audit.forPractice({})).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(callerAs(test.db, world.admin).audit.forCouple({ coupleId: world.own.couple.id })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(callerAs(test.db, null).audit.forPractice({})).rejects.toMatchObject({ code: "UNAUTHORIZED" });
    await expect(callerAs(test.db, world.admin).audit.forPractice({ action: "x%' OR 1=1" })).rejects.toMatchObject({ code: "BAD_REQUEST" });
  });
});
