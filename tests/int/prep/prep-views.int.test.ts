import { beforeAll, describe, expect, it } from "vitest";
import { flags } from "@/db/schema";
import { addDays, todayIn } from "@/db/schema/_shared/calendar";
import { callerAs } from "../../support/callers";
import { useTestDatabase } from "../../support/database";
import { createWorld } from "../../support/factories";
import { buildCloseness, holdSession } from "../../support/prep-fixtures";

// A hand-built couple with known answers (see the plan below); every number the
// caseload and prep views show is checked against it.
describe("caseload and prep views on a fixture couple", () => {
  const test = useTestDatabase();
  let world: Awaited<ReturnType<typeof createWorld>>;
  let today: string;
  let fixture: Awaited<ReturnType<typeof buildCloseness>>;
  const timeZone = "America/Chicago";

  beforeAll(async () => {
    world = await createWorld(test.db);
    today = todayIn(timeZone);
    const [hp, ip] = world.own.partners;
    // Days −8 … 0; the last held session was on day −5 at 15:00, so the window is days −5 … 0.
    fixture = await buildCloseness(test.db, {
      counselor: world.counselor,
      coupleId: world.own.couple.id,
      timeZone,
      today,
      hp,
      ip,
      fromDay: -8,
      plan: {
        hp: [3, 3, 4, 4, 5, 6, { late: 6 }, "skip", "open"],
        ip: [5, 5, 5, 5, "missed", 5, 3, 3, "open"],
      },
    });
    await holdSession(test.db, { coupleId: world.own.couple.id, counselorId: world.counselor.id, date: addDays(today, -5), timeZone });
    await holdSession(test.db, { coupleId: world.own.couple.id, counselorId: world.counselor.id, date: addDays(today, 3), timeZone, status: "scheduled" });
    await test.db.insert(flags).values({ coupleId: world.own.couple.id, authorId: ip.id, rule: "Fixture rule", severity: "medium" });
  });

  it("counts homework since the last session per partner: on time, late, missed, skipped, open", async () => {
    const prep = await callerAs(test.db, world.counselor).prep.couple({ coupleId: world.own.couple.id });
    expect(prep.sinceLabel).toBe("last_session");
    const [hp, ip] = world.own.partners;
    const hpWork = prep.homework.find((partner) => partner.userId === hp.id)!;
    const ipWork = prep.homework.find((partner) => partner.userId === ip.id)!;
    expect(hpWork.totals).toEqual({ assigned: 6, completed: 4, late: 1, missed: 0, skipped: 1, open: 1, onTimeRate: 0.6 });
    expect(hpWork.lines[0]!.skipReasons).toEqual(["no_time"]);
    expect(ipWork.totals).toEqual({ assigned: 6, completed: 4, late: 0, missed: 1, skipped: 0, open: 1, onTimeRate: 0.8 });
    expect(ipWork.lines[0]!.days.map((day) => day.status)).toEqual(["completed", "missed", "completed", "completed", "completed", "open"]);
  });

  it("charts both partners with baseline, last-session change, arrows and the deteriorating badge", async () => {
    const prep = await callerAs(test.db, world.counselor).prep.couple({ coupleId: world.own.couple.id });
    const [hp, ip] = world.own.partners;
    const [chart] = prep.charts;
    expect(chart).toMatchObject({ label: "Closeness", range: { min: 0, max: 10 }, referenceLines: [{ value: 5, label: "Counselor line" }] });
    const hpLine = chart!.partners.find((partner) => partner.userId === hp.id)!;
    const ipLine = chart!.partners.find((partner) => partner.userId === ip.id)!;
    expect(hpLine.points.map((point) => point.value)).toEqual([3, 3, 4, 4, 5, 6, 6]);
    expect(hpLine.summary).toMatchObject({ baseline: 3, latest: 6, sinceBaseline: 3, sinceLastSession: 2, arrow: "better", badge: null, threshold: 1.5 });
    expect(ipLine.points.map((point) => point.value)).toEqual([5, 5, 5, 5, 5, 3, 3]);
    // The arrow weighs the newest three answers against the three before (3.67 vs 5: under the
    // 1.5 threshold), while the badge compares the latest answer with the first.
    expect(ipLine.summary).toMatchObject({ baseline: 5, latest: 3, sinceBaseline: -2, sinceLastSession: -2, arrow: "steady" });
    expect(ipLine.summary.badge?.text).toContain("threshold 1.5");
  });

  it("finds the declared discrepancy with both answers and dates", async () => {
    const prep = await callerAs(test.db, world.counselor).prep.couple({ coupleId: world.own.couple.id });
    expect(prep.discrepancies).toHaveLength(1);
    expect(prep.discrepancies[0]).toMatchObject({
      ruleKey: "closeness_gap",
      dueOn: addDays(today, -2),
      hp: { fieldKey: "hp_level", userId: world.own.partners[0].id },
      ip: { fieldKey: "ip_level", userId: world.own.partners[1].id },
    });
    expect(prep.discrepancies[0]!.hp.answer).toMatch(/^6\b/);
    expect(prep.discrepancies[0]!.ip.answer).toMatch(/^3\b/);
  });

  it("puts the couple on the caseload with counts only, in attention order", async () => {
    const caseload = await callerAs(test.db, world.counselor).prep.caseload();
    expect(caseload.rows).toHaveLength(1);
    const [row] = caseload.rows;
    expect(row).toMatchObject({ openFlags: 1, attention: ["1 open safety flag", "1 deteriorating measure", "1 missed task since the last session"] });
    expect(JSON.stringify(row)).not.toContain("Fixture rule");
    expect(row!.partners.find((partner) => partner.userId === world.own.partners[1].id)!.trends[0]!.summary.badge?.kind).toBe("deteriorating");
  });

  it("rescores an amended answer: the trend shows the latest revision", async () => {
    const [hp] = world.own.partners;
    const taskId = fixture.taskIds.hp[5]!;
    const current = await callerAs(test.db, hp).task.get({ taskId });
    await callerAs(test.db, hp).task.amend({ taskId, baseVersion: current.response!.version, answers: { hp_level: 8 } });
    const prep = await callerAs(test.db, world.counselor).prep.couple({ coupleId: world.own.couple.id });
    expect(prep.charts[0]!.partners.find((partner) => partner.userId === hp.id)!.points.map((point) => point.value)).toEqual([3, 3, 4, 4, 5, 8, 6]);
  });

  it("answers NOT_FOUND to another counselor and to unknown couples", async () => {
    const other = callerAs(test.db, world.otherCounselor);
    await expect(other.prep.couple({ coupleId: world.own.couple.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(callerAs(test.db, world.foreignCounselor).prep.couple({ coupleId: world.own.couple.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await other.prep.caseload()).rows.map((row) => row.coupleId)).toEqual([world.other.couple.id]);
  });

  it("refuses partners and anonymous callers", async () => {
    for (const partner of [...world.own.partners, ...world.other.partners]) {
      await expect(callerAs(test.db, partner).prep.couple({ coupleId: world.own.couple.id })).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(callerAs(test.db, partner).prep.caseload()).rejects.toMatchObject({ code: "FORBIDDEN" });
    }
    await expect(callerAs(test.db, null).prep.couple({ coupleId: world.own.couple.id })).rejects.toMatchObject({ code: "UNAUTHORIZED" });
  });
});
