import { describe, expect, it } from "vitest";
import { ACCOUNT_RULE, accountKey, ADDRESS_RULE, delayAfter, isLocked, LONGEST_DELAY_SECONDS, signInKeys } from "@/server/auth/throttle";

describe("throttle delays", () => {
  it("are free for five failures, then double from 2 s up to 15 minutes", () => {
    const delays = Array.from({ length: 16 }, (_, index) => delayAfter(index + 1, ACCOUNT_RULE));
    expect(delays).toEqual([0, 0, 0, 0, 0, 2, 4, 8, 16, 32, 64, 128, 256, 512, 900, 900]);
    expect(delayAfter(99, ACCOUNT_RULE)).toBe(LONGEST_DELAY_SECONDS);
  });

  it("lock an account at 100 consecutive failures; an address is never locked, only delayed", () => {
    expect(isLocked(99, ACCOUNT_RULE)).toBe(false);
    expect(isLocked(100, ACCOUNT_RULE)).toBe(true);
    expect(delayAfter(100, ACCOUNT_RULE)).toBe(LONGEST_DELAY_SECONDS);
    expect(isLocked(10_000, ADDRESS_RULE)).toBe(false);
    expect(delayAfter(20, ADDRESS_RULE)).toBe(0);
    expect(delayAfter(21, ADDRESS_RULE)).toBe(2);
  });

  it("key accounts by a hash of the normalized email, and count an address only when there is one", () => {
    expect(accountKey("maya@riverbend.example")).toMatch(/^account:[0-9a-f]{64}$/);
    expect(accountKey("maya@riverbend.example")).not.toContain("maya");
    expect(signInKeys("maya@riverbend.example", null).address).toBeNull();
    expect(signInKeys("maya@riverbend.example", "203.0.113.9").address?.key).toMatch(/^ip:[0-9a-f]{64}$/);
  });
});
