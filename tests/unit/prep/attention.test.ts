import { describe, expect, it } from "vitest";
import { attentionReasons, sortByAttention, type AttentionFacts } from "@/server/services/prep/attention";

const couple = (displayName: string, facts: Partial<AttentionFacts> = {}): AttentionFacts => ({
  displayName,
  openFlags: 0,
  deteriorating: 0,
  missedSinceLastSession: 0,
  nextSessionAt: null,
  ...facts,
});

describe("caseload attention order", () => {
  it("puts open flags first, then deteriorating trends, then missed homework, then the soonest session", () => {
    const ordered = sortByAttention([
      couple("Soon", { nextSessionAt: "2026-11-24T15:00:00Z" }),
      couple("Missed", { missedSinceLastSession: 3 }),
      couple("Later", { nextSessionAt: "2026-11-30T15:00:00Z" }),
      couple("Flagged", { openFlags: 1 }),
      couple("Worse", { deteriorating: 1 }),
      couple("Nothing"),
      couple("Archived", { openFlags: 4, archived: true }),
    ]);
    expect(ordered.map((item) => item.displayName)).toEqual(["Flagged", "Worse", "Missed", "Soon", "Later", "Nothing", "Archived"]);
  });

  it("breaks ties by the stronger signal, then by name", () => {
    const ordered = sortByAttention([couple("B", { openFlags: 1 }), couple("A", { openFlags: 1 }), couple("C", { openFlags: 2, missedSinceLastSession: 0 })]);
    expect(ordered.map((item) => item.displayName)).toEqual(["C", "A", "B"]);
  });

  it("explains the order in plain words, counts only", () => {
    expect(attentionReasons(couple("X", { openFlags: 2, deteriorating: 1, missedSinceLastSession: 1 }))).toEqual([
      "2 open safety flags",
      "1 deteriorating measure",
      "1 missed task since the last session",
    ]);
    expect(attentionReasons(couple("Y"))).toEqual([]);
  });
});
