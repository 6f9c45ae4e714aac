import { and, count, eq, isNotNull, isNull, lt, or, sql } from "drizzle-orm";
import type { Database } from "../client";
import { practices, userRecoveryCodes, userSessions, userTotp, users } from "../schema";

/** Every query here is keyed by the caller's own user id; the services pass the viewer's. */

export async function findTotp(db: Database, userId: string) {
  const [row] = await db
    .select({ secretCiphertext: userTotp.secretCiphertext, confirmedAt: userTotp.confirmedAt, lastUsedStep: userTotp.lastUsedStep })
    .from(userTotp)
    .where(eq(userTotp.userId, userId))
    .limit(1);
  return row;
}

/** Starts (or restarts) enrolment; refuses to touch an authenticator already confirmed. */
export async function savePendingTotp(db: Database, userId: string, secretCiphertext: string): Promise<boolean> {
  const rows = await db
    .insert(userTotp)
    .values({ userId, secretCiphertext })
    .onConflictDoUpdate({ target: userTotp.userId, set: { secretCiphertext, createdAt: sql`now()`, lastUsedStep: null }, setWhere: isNull(userTotp.confirmedAt) })
    .returning({ userId: userTotp.userId });
  return rows.length === 1;
}

/** The first correct code confirms the pending authenticator; false if it was confirmed (or restarted) meanwhile. */
export async function confirmPendingTotp(db: Database, userId: string, secretCiphertext: string, step: number, now: Date): Promise<boolean> {
  const rows = await db
    .update(userTotp)
    .set({ confirmedAt: now, lastUsedStep: step })
    .where(and(eq(userTotp.userId, userId), isNull(userTotp.confirmedAt), eq(userTotp.secretCiphertext, secretCiphertext)))
    .returning({ userId: userTotp.userId });
  return rows.length === 1;
}

/**
 * Records a code's time step as used, only if it is newer than any used before: two
 * requests racing with the same code can't both pass.
 */
export async function claimTotpStep(db: Database, userId: string, step: number): Promise<boolean> {
  const rows = await db
    .update(userTotp)
    .set({ lastUsedStep: step })
    .where(and(eq(userTotp.userId, userId), isNotNull(userTotp.confirmedAt), or(isNull(userTotp.lastUsedStep), lt(userTotp.lastUsedStep, step))))
    .returning({ userId: userTotp.userId });
  return rows.length === 1;
}

export async function replaceConfirmedTotp(db: Database, userId: string, secretCiphertext: string, step: number, now: Date): Promise<boolean> {
  const rows = await db
    .update(userTotp)
    .set({ secretCiphertext, confirmedAt: now, lastUsedStep: step })
    .where(and(eq(userTotp.userId, userId), isNotNull(userTotp.confirmedAt)))
    .returning({ userId: userTotp.userId });
  return rows.length === 1;
}

export async function deleteTwoFactor(db: Database, userId: string): Promise<void> {
  await db.delete(userRecoveryCodes).where(eq(userRecoveryCodes.userId, userId));
  await db.delete(userTotp).where(eq(userTotp.userId, userId));
}

/** The old codes stop working the moment the new ones exist. */
export async function replaceRecoveryCodes(db: Database, userId: string, codeHashes: string[]): Promise<void> {
  await db.delete(userRecoveryCodes).where(eq(userRecoveryCodes.userId, userId));
  await db.insert(userRecoveryCodes).values(codeHashes.map((codeHash) => ({ userId, codeHash })));
}

/** Uses up one recovery code of this user; false if it isn't theirs, doesn't exist or was used. */
export async function claimRecoveryCode(db: Database, userId: string, codeHash: string, now: Date): Promise<boolean> {
  const rows = await db
    .update(userRecoveryCodes)
    .set({ usedAt: now })
    .where(and(eq(userRecoveryCodes.userId, userId), eq(userRecoveryCodes.codeHash, codeHash), isNull(userRecoveryCodes.usedAt)))
    .returning({ id: userRecoveryCodes.id });
  return rows.length === 1;
}

export async function countUnusedRecoveryCodes(db: Database, userId: string): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(userRecoveryCodes)
    .where(and(eq(userRecoveryCodes.userId, userId), isNull(userRecoveryCodes.usedAt)));
  return row?.n ?? 0;
}

/** This sign-in (and only this one, of this user, while open) has passed its second factor. */
export async function markSessionMfaVerified(db: Database, userId: string, sessionId: string, now: Date): Promise<boolean> {
  const rows = await db
    .update(userSessions)
    .set({ mfaVerifiedAt: now })
    .where(and(eq(userSessions.id, sessionId), eq(userSessions.userId, userId), isNull(userSessions.revokedAt)))
    .returning({ id: userSessions.id });
  return rows.length === 1;
}

/** Whether the user's practice is a demo practice, whose published accounts may show their current code. */
export async function isDemoAccount(db: Database, userId: string): Promise<boolean> {
  const [row] = await db
    .select({ isDemo: practices.isDemo })
    .from(users)
    .innerJoin(practices, eq(practices.id, users.practiceId))
    .where(eq(users.id, userId))
    .limit(1);
  return row?.isDemo === true;
}
