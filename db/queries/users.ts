import { and, desc, eq, inArray, isNull, sql } from "drizzle-orm";
import type { Database } from "../client";
import { coupleMembers, couples, practices, userSessions, users } from "../schema";

/** The account, whether this sign-in is still open and, for partners, their couple: one query per request. */
export async function findViewerRecord(db: Database, userId: string, sessionId: string) {
  const [row] = await db
    .select({
      userId: users.id,
      role: users.role,
      practiceId: users.practiceId,
      practiceTimeZone: practices.timeZone,
      email: users.email,
      displayName: users.displayName,
      disabled: users.disabled,
      sessionVersion: users.sessionVersion,
      coupleId: coupleMembers.coupleId,
      memberId: coupleMembers.id,
      label: coupleMembers.label,
      coupleStatus: couples.status,
      // The partner has accepted the couple's confidentiality policy at its current version.
      consentCurrent: sql<boolean>`EXISTS (SELECT 1 FROM consent_records c WHERE c.user_id = ${users.id} AND c.couple_id = ${couples.id} AND c.policy_version = ${couples.secretsPolicyVersion})`,
      sessionOpen: sql<boolean>`${userSessions.id} IS NOT NULL AND ${userSessions.revokedAt} IS NULL`,
      lastActiveAt: userSessions.lastActiveAt,
      // Two-step verification: an authenticator is set up, and when this sign-in passed it.
      totpConfirmed: sql<boolean>`EXISTS (SELECT 1 FROM user_totp t WHERE t.user_id = ${users.id} AND t.confirmed_at IS NOT NULL)`,
      mfaVerifiedAt: userSessions.mfaVerifiedAt,
    })
    .from(users)
    .innerJoin(practices, eq(practices.id, users.practiceId))
    .leftJoin(userSessions, and(eq(userSessions.id, sessionId), eq(userSessions.userId, users.id)))
    .leftJoin(coupleMembers, eq(coupleMembers.userId, users.id))
    .leftJoin(couples, eq(couples.id, coupleMembers.coupleId))
    .where(eq(users.id, userId))
    .limit(1);
  return row;
}

export async function findLoginRecord(db: Database, email: string) {
  const [row] = await db
    .select({
      id: users.id,
      role: users.role,
      passwordHash: users.passwordHash,
      disabled: users.disabled,
      sessionVersion: users.sessionVersion,
    })
    .from(users)
    .where(eq(users.email, email))
    .limit(1);
  return row;
}

export async function recordSuccessfulLogin(db: Database, userId: string, replacementHash?: string) {
  await db
    .update(users)
    .set({ lastLoginAt: new Date(), ...(replacementHash ? { passwordHash: replacementHash } : {}) })
    .where(eq(users.id, userId));
}

/** Invalidates every session token issued to the user so far. */
export async function bumpSessionVersion(db: Database, userId: string): Promise<number> {
  const [row] = await db
    .update(users)
    .set({ sessionVersion: sql`${users.sessionVersion} + 1` })
    .where(eq(users.id, userId))
    .returning({ sessionVersion: users.sessionVersion });
  if (!row) throw new Error("session version update matched no user");
  return row.sessionVersion;
}

export async function findEmailsInUse(db: Database, emails: string[]): Promise<Set<string>> {
  if (emails.length === 0) return new Set();
  const rows = await db.select({ email: users.email }).from(users).where(inArray(users.email, emails));
  return new Set(rows.map((row) => row.email));
}

export async function createUserSession(db: Database, values: { userId: string; ipAddress: string | null; userAgent: string | null }) {
  const [row] = await db.insert(userSessions).values(values).returning({ id: userSessions.id });
  if (!row) throw new Error("session insert returned no row");
  return row.id;
}

export type SessionEndReason = "signed_out" | "signed_out_everywhere" | "ended_from_another_device" | "idle" | "expired" | "password_reset" | "email_changed" | "disabled";

/** Closes one sign-in of one user; a session id of someone else matches nothing. Answers whether it was open. */
export async function revokeUserSession(db: Database, userId: string, sessionId: string, reason: SessionEndReason = "signed_out"): Promise<boolean> {
  const rows = await db
    .update(userSessions)
    .set({ revokedAt: new Date(), revokedReason: reason })
    .where(and(eq(userSessions.id, sessionId), eq(userSessions.userId, userId), isNull(userSessions.revokedAt)))
    .returning({ id: userSessions.id });
  return rows.length > 0;
}

export async function revokeAllUserSessions(db: Database, userId: string, reason: SessionEndReason = "signed_out_everywhere") {
  await db
    .update(userSessions)
    .set({ revokedAt: new Date(), revokedReason: reason })
    .where(and(eq(userSessions.userId, userId), isNull(userSessions.revokedAt)));
}

/**
 * Moves a sign-in's last activity to `at`. Only a request the person made counts, and only
 * once a minute, so a page open in several tabs doesn't write on every request.
 */
export async function touchSessionActivity(db: Database, sessionId: string, at: Date) {
  await db
    .update(userSessions)
    .set({ lastActiveAt: at })
    .where(and(eq(userSessions.id, sessionId), isNull(userSessions.revokedAt), sql`${userSessions.lastActiveAt} < ${new Date(at.getTime() - 60_000)}`));
}

/** When one open sign-in of this user last saw the person, or undefined once it has ended. */
export async function findSessionActivity(db: Database, userId: string, sessionId: string) {
  const [row] = await db
    .select({ lastActiveAt: userSessions.lastActiveAt })
    .from(userSessions)
    .where(and(eq(userSessions.id, sessionId), eq(userSessions.userId, userId), isNull(userSessions.revokedAt)))
    .limit(1);
  return row?.lastActiveAt;
}

/** A user's open sign-ins, newest activity first, for "where you're signed in". */
export async function listOpenSessions(db: Database, userId: string) {
  return db
    .select({
      id: userSessions.id,
      createdAt: userSessions.createdAt,
      lastActiveAt: userSessions.lastActiveAt,
      ipAddress: userSessions.ipAddress,
      userAgent: userSessions.userAgent,
    })
    .from(userSessions)
    .where(and(eq(userSessions.userId, userId), isNull(userSessions.revokedAt)))
    .orderBy(desc(userSessions.lastActiveAt))
    .limit(50);
}
