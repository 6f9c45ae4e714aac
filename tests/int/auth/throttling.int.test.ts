import { randomUUID } from "node:crypto";
import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { chargeAttempt } from "@/db/queries/auth-throttle";
import { auditEvents, authThrottle } from "@/db/schema";
import { authorizeSignIn } from "@/server/auth/authorize";
import { SignInThrottledError, verifyCredentials } from "@/server/auth/credentials";
import { SIGN_IN_THROTTLED } from "@/server/auth/sign-in-errors";
import type { RequestInfo } from "@/server/request-info";
import { ACCOUNT_RULE, accountKey, ADDRESS_RULE, addressKey, LONGEST_DELAY_SECONDS, throttledKey } from "@/server/auth/throttle";
import { useTestDatabase } from "../../support/database";
import { createPractice, createUser, unique } from "../../support/factories";

const password = "correct horse battery staple";

/** An address of its own per test, so one test's failures never throttle another's. */
function fromNewAddress() {
  return { id: `throttle-${randomUUID()}`, ip: `198.51.100.${Math.floor(Math.random() * 250) + 1}-${randomUUID().slice(0, 8)}`, userAgent: "vitest" };
}

/** A clock the test moves by hand: no test here waits for real time to pass. */
function clock(start = new Date("2026-03-02T09:00:00Z")) {
  let now = start.getTime();
  return {
    now: () => new Date(now),
    advance: (seconds: number) => {
      now += seconds * 1000;
    },
  };
}

describe("sign-in throttling (security.md S3)", () => {
  const test = useTestDatabase();

  async function counselor() {
    const practice = await createPractice(test.db);
    return createUser(test.db, { practiceId: practice.id, role: "counselor", password });
  }

  /** One attempt's outcome as the browser would learn it. */
  async function attempt(email: string, pass: string, request: RequestInfo, now: Date) {
    try {
      const user = await verifyCredentials(test.db, { email, password: pass }, request, now);
      return user ? "signed-in" : "wrong";
    } catch (error) {
      if (error instanceof SignInThrottledError) return "throttled";
      throw error;
    }
  }

  it("five failures are free; the sixth blocks the email for 2 s, then 4 s, doubling; the right password is not even checked meanwhile", async () => {
    const user = await counselor();
    const request = fromNewAddress();
    const time = clock();
    for (let failure = 1; failure <= 5; failure++) expect(await attempt(user.email, "wrong password", request, time.now())).toBe("wrong");
    expect(await attempt(user.email, "wrong password", request, time.now())).toBe("wrong");
    // Blocked for 2 s after the sixth failure: even the right password is refused unchecked.
    expect(await attempt(user.email, password, request, time.now())).toBe("throttled");
    time.advance(1.9);
    expect(await attempt(user.email, password, request, time.now())).toBe("throttled");
    time.advance(0.2);
    expect(await attempt(user.email, "wrong password", request, time.now())).toBe("wrong");
    time.advance(3.9);
    expect(await attempt(user.email, password, request, time.now())).toBe("throttled");
    time.advance(0.2);
    expect(await attempt(user.email, password, request, time.now())).toBe("signed-in");
  });

  it("101 bad attempts: at the 100th consecutive failure the account is locked, the lock is audited once, and only the longest delay lifts it", { timeout: 180_000 }, async () => {
    const user = await counselor();
    const request = fromNewAddress();
    const time = clock();
    const outcomes: string[] = [];
    for (let tried = 0; tried < 101; ) {
      const outcome = await attempt(user.email, "wrong password", request, time.now());
      outcomes.push(outcome);
      if (outcome === "wrong") tried++;
      // Wait out each block on the test's clock, never in real time.
      time.advance(outcome === "throttled" ? LONGEST_DELAY_SECONDS : 0);
      if (tried === 100) break;
    }
    expect(outcomes.filter((outcome) => outcome === "wrong")).toHaveLength(100);
    const [row] = await test.db.select().from(authThrottle).where(eq(authThrottle.key, accountKey(user.email)));
    expect(row?.failures).toBe(100);
    // Locked: the longest delay from the 100th failure, whatever the password.
    expect(row!.blockedUntil!.getTime() - row!.lastFailureAt!.getTime()).toBe(LONGEST_DELAY_SECONDS * 1000);
    expect(await attempt(user.email, password, request, time.now())).toBe("throttled");
    time.advance(LONGEST_DELAY_SECONDS - 1);
    expect(await attempt(user.email, password, request, time.now())).toBe("throttled");
    // The 101st wrong attempt, once allowed, locks it again for the longest delay.
    time.advance(1);
    expect(await attempt(user.email, "wrong password", request, time.now())).toBe("wrong");
    expect(await attempt(user.email, password, request, time.now())).toBe("throttled");

    const locked = await test.db
      .select({ details: auditEvents.details })
      .from(auditEvents)
      .where(and(eq(auditEvents.entityId, user.id), eq(auditEvents.action, "auth.login"), eq(auditEvents.outcome, "denied")));
    expect(locked).toHaveLength(101);
    expect(locked.filter((event) => (event.details as { locked?: boolean } | null)?.locked === true)).toHaveLength(1);
  });

  it("a known and an unknown email get identical answers, wrong or throttled, and are counted the same way", async () => {
    const user = await counselor();
    const unknown = `${unique("nobody")}@example.test`;
    const time = clock();
    const answers: Record<string, string[]> = { known: [], unknown: [] };
    for (const [which, email] of [["known", user.email], ["unknown", unknown]] as const) {
      const request = fromNewAddress();
      for (let i = 0; i < 8; i++) {
        answers[which]!.push(
          await authorizeSignIn(() => Promise.resolve(test.db), { email, password: "wrong password" }, request, time.now()).then(
            (result) => JSON.stringify({ result }),
            (error: Error) => JSON.stringify({ error: error.message }),
          ),
        );
      }
    }
    expect(answers.known).toEqual(answers.unknown);
    expect(answers.known!.slice(0, 6)).toEqual(Array(6).fill(JSON.stringify({ result: null })));
    expect(answers.known!.slice(6)).toEqual(Array(2).fill(JSON.stringify({ error: SIGN_IN_THROTTLED })));
    const rows = await test.db.select({ key: authThrottle.key, failures: authThrottle.failures }).from(authThrottle);
    expect(rows.find((row) => row.key === accountKey(user.email))?.failures).toBe(6);
    expect(rows.find((row) => row.key === accountKey(unknown))?.failures).toBe(6);
    // Only a hash of the email is stored.
    expect(JSON.stringify(rows)).not.toContain(unknown);
  });

  it("one client address trying many emails is throttled across all of them, and other addresses are not", async () => {
    const user = await counselor();
    const request = fromNewAddress();
    const time = clock();
    for (let i = 0; i < ADDRESS_RULE.freeFailures + 1; i++) {
      expect(await attempt(`${unique("spray")}@example.test`, "Summer2026!", request, time.now())).toBe("wrong");
    }
    // A fresh email, even the right password of a real account: refused from that address.
    expect(await attempt(user.email, password, request, time.now())).toBe("throttled");
    expect(await attempt(user.email, password, fromNewAddress(), time.now())).toBe("signed-in");
    time.advance(ADDRESS_RULE.firstDelaySeconds);
    expect(await attempt(user.email, password, request, time.now())).toBe("signed-in");
  });

  it("a success resets the email's count, and gives back the address's attempt without clearing its other failures", async () => {
    const user = await counselor();
    const request = fromNewAddress();
    const time = clock();
    for (let i = 0; i < 4; i++) await attempt(user.email, "wrong password", request, time.now());
    await attempt(`${unique("other")}@example.test`, "wrong password", request, time.now());
    expect(await attempt(user.email, password, request, time.now())).toBe("signed-in");
    expect(await test.db.select().from(authThrottle).where(eq(authThrottle.key, accountKey(user.email)))).toEqual([]);
    const [address] = await test.db.select().from(authThrottle).where(eq(authThrottle.key, addressKey(request.ip)));
    expect(address?.failures).toBe(5);
    // Five more failures start from zero for the email: all free again.
    for (let i = 0; i < ACCOUNT_RULE.freeFailures; i++) expect(await attempt(user.email, "wrong password", fromNewAddress(), time.now())).toBe("wrong");
    expect(await attempt(user.email, password, fromNewAddress(), time.now())).toBe("signed-in");
  });

  it("without a trusted client address only the email is counted", async () => {
    const user = await counselor();
    const time = clock();
    const before = await test.db.select({ key: authThrottle.key }).from(authThrottle);
    await attempt(user.email, "wrong password", { id: "no-ip", ip: null, userAgent: null }, time.now());
    const after = await test.db.select({ key: authThrottle.key }).from(authThrottle);
    expect(after.map((row) => row.key).filter((key) => !before.some((row) => row.key === key))).toEqual([accountKey(user.email)]);
  });

  it("concurrent failures lose no count, and no more attempts get through than the free ones", async () => {
    const key = throttledKey(`test:${randomUUID()}`, ACCOUNT_RULE);
    const now = new Date("2026-03-02T09:00:00Z");
    const charges = await Promise.all(Array.from({ length: 12 }, () => chargeAttempt(test.db, [key], now)));
    // Each allowed attempt is counted before it is checked: the first six get through, the rest find the key blocked.
    expect(charges.filter((charge) => charge.allowed)).toHaveLength(ACCOUNT_RULE.freeFailures + 1);
    const [row] = await test.db.select().from(authThrottle).where(eq(authThrottle.key, key.key));
    expect(row?.failures).toBe(ACCOUNT_RULE.freeFailures + 1);
  });
});
