import { describe, expect, it } from "vitest";
import { deadlinesFor, occurrencesBetween } from "@/db/schema/assignments/occurrences";
import { ZSchedule } from "@/db/schema/assignments/schedule";

const schedule = (input: unknown) => ZSchedule.parse(input);
const window = (from: string, to: string) => ({ from, to });

describe("schedule occurrences", () => {
  it("gives a one-off task its due date, inside the window only", () => {
    expect(occurrencesBetween(schedule({ kind: "once", dueOn: "2026-11-30" }), "2026-11-23", window("2026-11-23", "2026-12-06"))).toEqual(["2026-11-30"]);
    expect(occurrencesBetween(schedule({ kind: "once", dueOn: "2026-12-30" }), "2026-11-23", window("2026-11-23", "2026-12-06"))).toEqual([]);
  });

  it("repeats daily, open-ended, within the window", () => {
    expect(occurrencesBetween(schedule({ kind: "daily" }), "2026-11-20", window("2026-11-23", "2026-11-26"))).toEqual([
      "2026-11-23",
      "2026-11-24",
      "2026-11-25",
      "2026-11-26",
    ]);
  });

  it("stops daily schedules at their end date or count, counting from the start", () => {
    expect(occurrencesBetween(schedule({ kind: "daily", until: "2026-11-24" }), "2026-11-20", window("2026-11-23", "2026-11-30"))).toEqual(["2026-11-23", "2026-11-24"]);
    // Five times from the 20th: 20–24; the window only sees the 23rd and 24th.
    expect(occurrencesBetween(schedule({ kind: "daily", count: 5 }), "2026-11-20", window("2026-11-23", "2026-11-30"))).toEqual(["2026-11-23", "2026-11-24"]);
  });

  it("repeats weekly on chosen weekdays, and every N weeks from the start week", () => {
    // 2026-11-23 is a Monday.
    expect(occurrencesBetween(schedule({ kind: "weekly", weekdays: [1, 4] }), "2026-11-23", window("2026-11-23", "2026-12-06"))).toEqual([
      "2026-11-23",
      "2026-11-26",
      "2026-11-30",
      "2026-12-03",
    ]);
    expect(occurrencesBetween(schedule({ kind: "weekly", weekdays: [3], everyWeeks: 2 }), "2026-11-23", window("2026-11-23", "2026-12-31"))).toEqual([
      "2026-11-25",
      "2026-12-09",
      "2026-12-23",
    ]);
    expect(occurrencesBetween(schedule({ kind: "weekly", weekdays: [1, 3], count: 3 }), "2026-11-23", window("2026-11-01", "2026-12-31"))).toEqual([
      "2026-11-23",
      "2026-11-25",
      "2026-11-30",
    ]);
  });

  it("never runs past an assignment that was ended", () => {
    expect(occurrencesBetween(schedule({ kind: "daily" }), "2026-11-20", window("2026-11-23", "2026-11-30"), "2026-11-24")).toEqual(["2026-11-23", "2026-11-24"]);
  });

  it("keeps one occurrence per date across a daylight-saving change", () => {
    expect(occurrencesBetween(schedule({ kind: "daily" }), "2026-03-07", window("2026-03-07", "2026-03-09"))).toEqual(["2026-03-07", "2026-03-08", "2026-03-09"]);
  });
});

describe("deadlines in the couple's zone", () => {
  it("is due at the end of the local day, with a grace window after it", () => {
    expect(deadlinesFor("2026-11-23", "Europe/Berlin")).toEqual({
      dueAt: new Date("2026-11-23T23:00:00.000Z"),
      graceUntil: new Date("2026-11-25T23:00:00.000Z"),
    });
  });

  it("honours a 23-hour day when the clocks go forward", () => {
    // New York springs forward on 2026-03-08: that day ends at 04:00Z, the day before at 05:00Z.
    expect(deadlinesFor("2026-03-07", "America/New_York").dueAt).toEqual(new Date("2026-03-08T05:00:00.000Z"));
    expect(deadlinesFor("2026-03-08", "America/New_York").dueAt).toEqual(new Date("2026-03-09T04:00:00.000Z"));
  });
});
