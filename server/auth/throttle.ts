import { createHash } from "node:crypto";
import type { ThrottledKey } from "@/db/queries/auth-throttle";

/**
 * Growing delays after failed sign-ins (security.md S3). A key's first few failures
 * are free; after that each failure blocks the key for twice as long as the one before,
 * up to the longest delay. While a key is blocked nothing is checked at all.
 */
export interface ThrottleRule {
  freeFailures: number;
  firstDelaySeconds: number;
  /** Consecutive failures at which the key is locked: every attempt then waits the longest delay. */
  lockAt: number | null;
}

export const LONGEST_DELAY_SECONDS = 15 * 60;

/** One account, known or not: 5 free tries, then 2 s, 4 s, 8 s … 15 min; locked at 100. */
export const ACCOUNT_RULE: ThrottleRule = { freeFailures: 5, firstDelaySeconds: 2, lockAt: 100 };
/**
 * One client address across every email it tries. More generous, because a clinic's
 * people may share one address; it stops spraying one password over many accounts.
 */
export const ADDRESS_RULE: ThrottleRule = { freeFailures: 20, firstDelaySeconds: 2, lockAt: null };
/** The second step of one account: the same curve as its password. */
export const TWO_FACTOR_RULE: ThrottleRule = ACCOUNT_RULE;

/** Seconds a key stays blocked after its `failures`-th consecutive failure. */
export function delayAfter(failures: number, rule: ThrottleRule): number {
  if (rule.lockAt !== null && failures >= rule.lockAt) return LONGEST_DELAY_SECONDS;
  if (failures <= rule.freeFailures) return 0;
  return Math.min(LONGEST_DELAY_SECONDS, rule.firstDelaySeconds * 2 ** Math.min(failures - rule.freeFailures - 1, 30));
}

export function isLocked(failures: number, rule: ThrottleRule): boolean {
  return rule.lockAt !== null && failures >= rule.lockAt;
}

function digest(value: string): string {
  return createHash("sha256").update(value).digest("hex");
}

/** The email as the users table stores it, hashed: an unknown email gets a key exactly like a known one. */
export function accountKey(normalizedEmail: string): string {
  return `account:${digest(normalizedEmail)}`;
}

export function addressKey(ip: string): string {
  return `ip:${digest(ip)}`;
}

export function twoFactorKey(userId: string): string {
  return `mfa:${userId}`;
}

export function throttledKey(key: string, rule: ThrottleRule): ThrottledKey {
  return { key, freeFailures: rule.freeFailures, delayAfter: (failures) => delayAfter(failures, rule) };
}

/**
 * The keys a password attempt counts against. Without a client address we can trust
 * (no TRUSTED_PROXY_HOPS), there is no address key: one shared key for every unknown
 * address would let anyone lock everybody out.
 */
export function signInKeys(normalizedEmail: string, ip: string | null): { account: ThrottledKey; address: ThrottledKey | null } {
  return {
    account: throttledKey(accountKey(normalizedEmail), ACCOUNT_RULE),
    address: ip ? throttledKey(addressKey(ip), ADDRESS_RULE) : null,
  };
}
