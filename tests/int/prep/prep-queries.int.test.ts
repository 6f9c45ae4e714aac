import type { Logger } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@/db/client";
import { flags } from "@/db/schema";
import { addDays, todayIn } from "@/db/schema/_shared/calendar";
import { callerAs } from "../../support/callers";
import { useScratchDatabase } from "../../support/database";
import { createCouple, createPractice, createUser, type TestUser } from "../../support/factories";
import { buildCloseness, holdSession, type DayPlan } from "../../support/prep-fixtures";

/** Counts every statement Drizzle sends, so a view's round trips can be compared. */
class CountingLogger implements Logger {
  count = 0;
  logQuery() {
    this.count += 1;
  }
}

const timeZone = "America/Chicago";

async function coupleWithHistory(db: Database, counselor: TestUser, days: number) {
  const couple = await createCouple(db, { counselor, timeZone });
  const today = todayIn(timeZone);
  const [hp, ip] = couple.partners;
  const plan = (offset: number): DayPlan[] => Array.from({ length: days }, (_, index) => (index === days - 1 ? "open" : ((index + offset) % 11) as DayPlan));
  await buildCloseness(db, { counselor, coupleId: couple.couple.id, timeZone, today, hp, ip, fromDay: 1 - days, plan: { hp: plan(0), ip: plan(5) } });
  for (let week = Math.floor(days / 7); week > 0; week -= 1) {
    await holdSession(db, { coupleId: couple.couple.id, counselorId: counselor.id, date: addDays(today, -7 * week), timeZone });
  }
  await holdSession(db, { coupleId: couple.couple.id, counselorId: counselor.id, date: addDays(today, 2), timeZone, status: "scheduled" });
  for (let index = 0; index < Math.ceil(days / 10); index += 1) {
    await db.insert(flags).values({ coupleId: couple.couple.id, authorId: hp.id, rule: "Fixture", severity: "low" });
  }
  return couple;
}

// Acceptance: the number of SQL round trips for the prep view (and the caseload) does
// not grow with a couple's history.
describe("prep views use a fixed number of round trips", () => {
  const logger = new CountingLogger();
  const scratch = useScratchDatabase({ logger });
  let small: { counselor: TestUser; coupleId: string };
  let large: { counselor: TestUser; coupleId: string };

  beforeAll(async () => {
    const db = scratch.handle.db;
    const practice = await createPractice(db);
    const smallCounselor = await createUser(db, { practiceId: practice.id, role: "counselor" });
    const largeCounselor = await createUser(db, { practiceId: practice.id, role: "counselor" });
    small = { counselor: smallCounselor, coupleId: (await coupleWithHistory(db, smallCounselor, 2)).couple.id };
    large = { counselor: largeCounselor, coupleId: (await coupleWithHistory(db, largeCounselor, 45)).couple.id };
    // The large caseload also holds more couples.
    for (let index = 0; index < 3; index += 1) await coupleWithHistory(db, largeCounselor, 10);
  }, 240_000);

  async function countOf(run: () => Promise<unknown>) {
    logger.count = 0;
    await run();
    return logger.count;
  }

  it("serves the prep view in the same number of queries for a two-day and a 45-day history", async () => {
    const db = scratch.handle.db;
    const smallCount = await countOf(() => callerAs(db, small.counselor).prep.couple({ coupleId: small.coupleId }));
    const largeCount = await countOf(() => callerAs(db, large.counselor).prep.couple({ coupleId: large.coupleId }));
    const largeView = await callerAs(db, large.counselor).prep.couple({ coupleId: large.coupleId });
    // The large couple really has more to show.
    expect(largeView.charts[0]!.partners[0]!.points.length).toBeGreaterThan(30);
    expect(largeCount).toBe(smallCount);
    expect(smallCount).toBeLessThanOrEqual(12);
  });

  it("serves the caseload in the same number of queries for one small couple and four with history", async () => {
    const db = scratch.handle.db;
    const smallCount = await countOf(() => callerAs(db, small.counselor).prep.caseload());
    const largeCount = await countOf(() => callerAs(db, large.counselor).prep.caseload());
    expect((await callerAs(db, large.counselor).prep.caseload()).rows).toHaveLength(4);
    expect(largeCount).toBe(smallCount);
    expect(smallCount).toBeLessThanOrEqual(7);
  });

  it("gives the caseload the same trend summaries from sampled points as the prep view from the whole history", async () => {
    const db = scratch.handle.db;
    const caseload = await callerAs(db, large.counselor).prep.caseload();
    const prep = await callerAs(db, large.counselor).prep.couple({ coupleId: large.coupleId });
    const row = caseload.rows.find((candidate) => candidate.coupleId === large.coupleId)!;
    const sampled = row.partners.flatMap((partner) => partner.trends.map((trend) => [`${partner.userId}|${trend.seriesKey}`, trend.summary] as const));
    const full = prep.charts.flatMap((chart) => chart.partners.map((partner) => [`${partner.userId}|${chart.seriesKey}`, partner.summary] as const));
    expect(sampled.length).toBeGreaterThan(0);
    expect(new Map(sampled)).toEqual(new Map(full));
  });
});
