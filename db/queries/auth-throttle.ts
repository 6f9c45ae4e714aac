import { eq, inArray, sql } from "drizzle-orm";
import type { Database } from "../client";
import { authThrottle } from "../schema";

/** One counter and its curve (server/auth/throttle.ts makes these). */
export interface ThrottledKey {
  key: string;
  freeFailures: number;
  /** Seconds the key stays blocked after its n-th consecutive failure. */
  delayAfter: (failures: number) => number;
}

export type Charge = { allowed: false } | { allowed: true; failures: Map<string, number> };

/**
 * Counts an attempt against every key before anything is checked, as if it will fail;
 * a success gives it back (clearThrottle / refundAttempt). If any key is still blocked,
 * nothing is counted and the attempt is refused. The rows are locked in key order for
 * the decision, so concurrent attempts queue here instead of all slipping in before the
 * first failure is written, and none of their counts is lost.
 */
export async function chargeAttempt(db: Database, keys: ThrottledKey[], now: Date): Promise<Charge> {
  if (keys.length === 0) return { allowed: true, failures: new Map() };
  return db.transaction(async (tx) => {
    await tx
      .insert(authThrottle)
      .values(keys.map(({ key }) => ({ key })))
      .onConflictDoNothing();
    const rows = await tx
      .select({ key: authThrottle.key, failures: authThrottle.failures, blockedUntil: authThrottle.blockedUntil })
      .from(authThrottle)
      .where(inArray(authThrottle.key, keys.map(({ key }) => key)))
      .orderBy(authThrottle.key)
      .for("update");
    if (rows.some((row) => row.blockedUntil !== null && row.blockedUntil > now)) return { allowed: false } as const;

    const failures = new Map<string, number>();
    for (const { key, delayAfter } of keys) {
      const count = (rows.find((row) => row.key === key)?.failures ?? 0) + 1;
      const delay = delayAfter(count);
      await tx
        .update(authThrottle)
        .set({ failures: count, lastFailureAt: now, blockedUntil: delay > 0 ? new Date(now.getTime() + delay * 1000) : null })
        .where(eq(authThrottle.key, key));
      failures.set(key, count);
    }
    return { allowed: true, failures } as const;
  });
}

/** A success: the key starts again from zero. */
export async function clearThrottle(db: Database, key: string): Promise<void> {
  await db.delete(authThrottle).where(eq(authThrottle.key, key));
}

/**
 * Gives back the attempt charged for a success without forgetting the key's other
 * failures (a client address is not cleared by one good sign-in, or signing in to one's
 * own account would wipe a spray across others). Its block lifts once it is back
 * within the free failures.
 */
export async function refundAttempt(db: Database, key: ThrottledKey): Promise<void> {
  await db
    .update(authThrottle)
    .set({
      failures: sql`GREATEST(${authThrottle.failures} - 1, 0)`,
      blockedUntil: sql`CASE WHEN ${authThrottle.failures} - 1 <= ${key.freeFailures} THEN NULL ELSE ${authThrottle.blockedUntil} END`,
    })
    .where(eq(authThrottle.key, key.key));
}
