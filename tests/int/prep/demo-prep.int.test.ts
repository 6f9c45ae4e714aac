import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "@/db/client";
import { users } from "@/db/schema";
import { seedDemoIfEmpty } from "@/server/services/demo/seed-demo";
import { callerAs } from "../../support/callers";
import { useScratchDatabase } from "../../support/database";
import { createSession, type TestUser } from "../../support/factories";

// The acceptance check on the demo data: the caseload orders couples by attention and
// the prep view's numbers match the answers written in server/services/demo/demo-stories.ts.
describe("session prep on the demo data", () => {
  const scratch = useScratchDatabase();
  let handle: DatabaseHandle;
  let maya: TestUser;

  beforeAll(async () => {
    handle = scratch.handle;
    await seedDemoIfEmpty(handle.db);
    const [row] = await handle.db.select().from(users).where(eq(users.email, "maya@riverbend.example"));
    maya = { ...row!, sessionId: await createSession(handle.db, row!.id) };
  }, 120_000);

  it("orders the caseload by attention, with flag counts, completion and trends", async () => {
    const caseload = await callerAs(handle.db, maya).prep.caseload();
    expect(caseload.rows.map((row) => row.displayName)).toEqual(["Hartley & Osei", "Moreno & Tan", "Nguyen & Patel", "Rivera & Brooks"]);
    const [hartley] = caseload.rows;
    expect(hartley!.openFlags).toBe(1);
    expect(hartley!.attention[0]).toBe("1 open safety flag");
    const grace = hartley!.partners.find((partner) => partner.displayName === "Grace Hartley")!;
    const daniel = hartley!.partners.find((partner) => partner.displayName === "Daniel Osei")!;
    expect(grace.completion).toMatchObject({ assigned: 11, completed: 9, late: 1, missed: 0, open: 2 });
    expect(daniel.completion).toMatchObject({ assigned: 10, completed: 6, missed: 2, open: 2 });
    const gracePulse = grace.trends.find((trend) => trend.label.startsWith("Trust pulse"))!;
    expect(gracePulse.summary).toMatchObject({ baseline: 4, latest: 2, sinceBaseline: -2, arrow: "worse" });
    expect(gracePulse.summary.badge?.kind).toBe("deteriorating");
  });

  it("shows the strained couple's prep view: flags, homework, both partners' trends, discrepancies and items to discuss", async () => {
    const caseload = await callerAs(handle.db, maya).prep.caseload();
    const prep = await callerAs(handle.db, maya).prep.couple({ coupleId: caseload.rows[0]!.coupleId });
    expect(prep.sinceLabel).toBe("last_session");
    expect(prep.upcoming).not.toBeNull();
    expect(prep.flags).toHaveLength(1);
    expect(prep.flags[0]).toMatchObject({ severity: "high", isNew: true, acknowledgedAt: null });

    const daniel = prep.homework.find((partner) => partner.displayName === "Daniel Osei")!;
    const checkIn = daniel.lines.find((line) => line.isDaily)!;
    expect(checkIn.days.map((day) => day.status)).toEqual(["completed", "missed", "missed", "completed", "completed", "completed", "completed", "open"]);

    const pulse = prep.charts.find((chart) => chart.label.startsWith("Trust pulse"))!;
    expect(pulse.partners).toHaveLength(2);
    expect(pulse.referenceLines.length).toBeGreaterThan(0);
    const gracePoints = pulse.partners.find((partner) => partner.userId === prep.partners.find((p) => p.displayName === "Grace Hartley")!.userId)!.points;
    expect(gracePoints.map((point) => point.value)).toEqual([4, 4, 3, 3, 2]);

    const rules = new Set(prep.discrepancies.map((discrepancy) => discrepancy.ruleKey));
    expect(rules).toContain("asked_not_heard");
    expect(rules).toContain("talked_vs_asked");
    expect(rules).toContain("trust_opposite");
    const kinds = new Set(prep.discuss.map((entry) => entry.kind));
    expect(kinds).toEqual(new Set(["rule", "pinned", "release_waiting"]));
    expect(prep.discuss.some((entry) => entry.label === "Question held for the session")).toBe(true);
    expect(prep.suggestedAgenda[0]!.text).toMatch(/^Safety check-in first/);
  });
});
