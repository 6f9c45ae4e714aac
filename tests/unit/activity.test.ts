import { describe, expect, it } from "vitest";
import { BACKGROUND_HEADERS } from "@/server/auth/activity-header";
import { activityFromHeaders, idleLimitSeconds } from "@/server/auth/activity";

describe("which requests count as the person being there", () => {
  it("counts ordinary requests and page loads", () => {
    expect(activityFromHeaders(new Headers())).toBe("user");
    expect(activityFromHeaders(new Headers({ RSC: "1" }))).toBe("user");
  });

  it("does not count autosave, polling or link prefetches", () => {
    expect(activityFromHeaders(new Headers(BACKGROUND_HEADERS))).toBe("background");
    expect(activityFromHeaders(new Headers({ "Next-Router-Prefetch": "1", RSC: "1" }))).toBe("background");
    expect(activityFromHeaders(new Headers({ Purpose: "prefetch" }))).toBe("background");
  });

  it("ignores other values of the header", () => {
    expect(activityFromHeaders(new Headers({ "x-trellis-activity": "user" }))).toBe("user");
  });

  it("gives staff 15 idle minutes and partners 30 by default", () => {
    expect(idleLimitSeconds("counselor")).toBe(15 * 60);
    expect(idleLimitSeconds("admin")).toBe(15 * 60);
    expect(idleLimitSeconds("partner")).toBe(30 * 60);
  });
});
