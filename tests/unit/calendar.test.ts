import { describe, expect, it } from "vitest";
import { addDays, todayIn } from "@/db/schema/_shared/calendar";

describe("calendar dates in the couple's zone", () => {
  const instant = new Date("2026-11-23T03:30:00Z");

  it("is still yesterday in the Americas when it is already today in UTC", () => {
    expect(todayIn("UTC", instant)).toBe("2026-11-23");
    expect(todayIn("America/Los_Angeles", instant)).toBe("2026-11-22");
    expect(todayIn("Asia/Tokyo", instant)).toBe("2026-11-23");
  });

  it("adds days across month and year ends, and around DST changes", () => {
    expect(addDays("2026-11-30", 1)).toBe("2026-12-01");
    expect(addDays("2026-12-31", 1)).toBe("2027-01-01");
    expect(addDays("2026-03-08", 1)).toBe("2026-03-09");
    expect(addDays("2026-03-01", -1)).toBe("2026-02-28");
  });
});
