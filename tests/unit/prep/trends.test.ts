import { describe, expect, it } from "vitest";
import { meaningfulChange, summarizeTrend, TREND_RULES, type TrendInput } from "@/server/services/prep/trends";

const days = (values: number[]) => values.map((value, index) => ({ dueOn: `2026-10-${String(index + 1).padStart(2, "0")}`, value }));
const input = (values: number[], overrides: Partial<TrendInput> = {}): TrendInput => ({
  points: days(values),
  range: { min: 0, max: 10 },
  higherIsBetter: true,
  lastSessionOn: null,
  sessionsSinceBaseline: 0,
  ...overrides,
});

describe("trend summaries", () => {
  it("states a threshold of 15% of the range", () => {
    expect(meaningfulChange({ min: 0, max: 10 })).toBe(1.5);
    expect(meaningfulChange({ min: 1, max: 5 })).toBe(0.6);
    expect(TREND_RULES.meaningfulShareOfRange).toBe(0.15);
  });

  it("has nothing to say without data, and no arrow from one answer", () => {
    expect(summarizeTrend(input([]))).toMatchObject({ latest: null, baseline: null, sinceBaseline: null, arrow: "unknown", badge: null });
    expect(summarizeTrend(input([4]))).toMatchObject({ latest: 4, baseline: 4, sinceBaseline: null, arrow: "unknown", badge: null });
  });

  it("compares the newest answers with the ones before for the arrow, both directions", () => {
    expect(summarizeTrend(input([3, 3, 3, 6, 6, 6])).arrow).toBe("better");
    expect(summarizeTrend(input([6, 6, 6, 3, 3, 3])).arrow).toBe("worse");
    expect(summarizeTrend(input([5, 5, 5, 6, 5, 6])).arrow).toBe("steady");
    expect(summarizeTrend(input([5, 7])).arrow).toBe("better");
  });

  it("reads lower as better when the measure says so", () => {
    const fewerTriggers = summarizeTrend(input([8, 8, 8, 2, 2, 2], { higherIsBetter: false }));
    expect(fewerTriggers.arrow).toBe("better");
    expect(fewerTriggers.badge).toBeNull();
    const moreTriggers = summarizeTrend(input([2, 2, 2, 8, 8, 8], { higherIsBetter: false }));
    expect(moreTriggers.arrow).toBe("worse");
    expect(moreTriggers.badge?.text).toMatch(/^Deteriorating: 6 points higher than the first answer/);
  });

  it("flags deterioration since the first answer at exactly the threshold, not below it", () => {
    expect(summarizeTrend(input([6, 4.5])).badge).toMatchObject({ kind: "deteriorating" });
    expect(summarizeTrend(input([6, 4.6])).badge).toBeNull();
    expect(summarizeTrend(input([6, 4])).badge?.text).toBe("Deteriorating: 2 points lower than the first answer (threshold 1.5, 15% of the 0–10 range)");
  });

  it("measures since the last session from the newest answer due before its day", () => {
    // The answer due on the session day (Oct 3) already counts as since the session.
    const summary = summarizeTrend(input([5, 8, 9, 6], { lastSessionOn: "2026-10-03" }));
    expect(summary.sinceLastSession).toBe(-2);
    expect(summary.badge?.text).toContain("than at the last session");
    // No answer since the session: nothing to compare yet.
    expect(summarizeTrend(input([5, 6], { lastSessionOn: "2026-10-03" })).sinceLastSession).toBeNull();
    // No answer before the session either.
    expect(summarizeTrend(input([5, 6], { lastSessionOn: "2026-09-01" })).sinceLastSession).toBeNull();
  });

  it("says 'not improving' only after enough sessions, and not when the score improved", () => {
    expect(summarizeTrend(input([4, 4.5], { sessionsSinceBaseline: 3 })).badge).toBeNull();
    const stuck = summarizeTrend(input([4, 4.5], { sessionsSinceBaseline: 4 }));
    expect(stuck.badge).toMatchObject({ kind: "not_improving" });
    expect(stuck.badge?.text).toContain("after 4 sessions");
    expect(summarizeTrend(input([4, 6], { sessionsSinceBaseline: 6 })).badge).toBeNull();
  });
});
