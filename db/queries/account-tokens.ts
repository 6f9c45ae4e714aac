import { and, eq, gt, isNull, sql } from "drizzle-orm";
import type { Database } from "../client";
import { accountTokens, users } from "../schema";

type Purpose = (typeof accountTokens.$inferInsert)["purpose"];

/** The account a reset link may be sent for: active, with a password, not disabled. */
export async function findResettableAccount(db: Database, email: string) {
  const [row] = await db
    .select({ id: users.id, role: users.role, email: users.email })
    .from(users)
    .where(and(eq(users.email, email), eq(users.disabled, false), sql`${users.passwordHash} IS NOT NULL`))
    .limit(1);
  return row;
}

/** A new link for the account; earlier unused links of the same purpose stop working. */
export async function issueAccountToken(db: Database, values: { userId: string; purpose: Purpose; tokenHash: string; expiresAt: Date; newEmail?: string; now: Date }) {
  await db
    .update(accountTokens)
    .set({ usedAt: values.now })
    .where(and(eq(accountTokens.userId, values.userId), eq(accountTokens.purpose, values.purpose), isNull(accountTokens.usedAt)));
  const [row] = await db
    .insert(accountTokens)
    .values({ userId: values.userId, purpose: values.purpose, tokenHash: values.tokenHash, expiresAt: values.expiresAt, newEmail: values.newEmail ?? null })
    .returning({ id: accountTokens.id });
  return row!;
}

/** Whether a link can still be used (for the page that shows the form). */
export async function findLiveAccountToken(db: Database, purpose: Purpose, tokenHash: string, now: Date) {
  const [row] = await db
    .select({ id: accountTokens.id, usedAt: accountTokens.usedAt, expiresAt: accountTokens.expiresAt })
    .from(accountTokens)
    .innerJoin(users, eq(users.id, accountTokens.userId))
    .where(and(eq(accountTokens.purpose, purpose), eq(accountTokens.tokenHash, tokenHash), eq(users.disabled, false)))
    .limit(1);
  if (!row) return "unavailable" as const;
  if (row.usedAt) return "used" as const;
  if (row.expiresAt <= now) return "expired" as const;
  return "valid" as const;
}

/** Uses a link once: a conditional update, so two concurrent uses can't both succeed. */
export async function claimAccountToken(db: Database, purpose: Purpose, tokenHash: string, now: Date) {
  const [row] = await db
    .update(accountTokens)
    .set({ usedAt: now })
    .where(and(eq(accountTokens.purpose, purpose), eq(accountTokens.tokenHash, tokenHash), isNull(accountTokens.usedAt), gt(accountTokens.expiresAt, now)))
    .returning({ id: accountTokens.id, userId: accountTokens.userId, newEmail: accountTokens.newEmail });
  return row;
}

/** The account behind a claimed link, if it may still use it. */
export async function findActiveAccount(db: Database, userId: string) {
  const [row] = await db
    .select({ id: users.id, role: users.role, email: users.email })
    .from(users)
    .where(and(eq(users.id, userId), eq(users.disabled, false)))
    .limit(1);
  return row;
}

/** Moves the sign-in email when the new address is still free; answers whether it did. */
export async function switchEmail(db: Database, userId: string, newEmail: string): Promise<boolean> {
  const rows = await db
    .update(users)
    .set({ email: newEmail })
    .where(and(eq(users.id, userId), sql`NOT EXISTS (SELECT 1 FROM ${users} other WHERE other.email = ${newEmail})`))
    .returning({ id: users.id });
  return rows.length > 0;
}
