import { and, desc, eq, gt, inArray, isNull, sql } from "drizzle-orm";
import type { Database } from "../client";
import { coupleMembers, couples, invitations, practices, users } from "../schema";
import type { CaseloadScope } from "./couples";

/** An account someone may invite, as the inviter's scope allows them to see it. */
export interface InvitableAccount {
  userId: string;
  practiceId: string;
  role: "partner" | "counselor" | "admin";
  email: string;
  coupleId: string | null;
  hasPassword: boolean;
  disabled: boolean;
}

const accountColumns = {
  userId: users.id,
  practiceId: users.practiceId,
  role: users.role,
  email: users.email,
  hasPassword: sql<boolean>`${users.passwordHash} IS NOT NULL`,
  disabled: users.disabled,
};

/** A partner of a couple on the counselor's caseload; undefined for anyone else. */
export async function findCaseloadPartner(db: Database, scope: CaseloadScope, userId: string): Promise<InvitableAccount | undefined> {
  const [row] = await db
    .select({ ...accountColumns, coupleId: couples.id })
    .from(coupleMembers)
    .innerJoin(couples, eq(couples.id, coupleMembers.coupleId))
    .innerJoin(users, eq(users.id, coupleMembers.userId))
    .where(and(eq(coupleMembers.userId, userId), eq(couples.counselorId, scope.counselorId), eq(couples.practiceId, scope.practiceId), eq(users.role, "partner")))
    .limit(1);
  return row ? { ...row, hasPassword: Boolean(row.hasPassword) } : undefined;
}

/** A counselor of the admin's practice; undefined for anyone else. */
export async function findPracticeCounselor(db: Database, practiceId: string, userId: string): Promise<InvitableAccount | undefined> {
  const [row] = await db
    .select(accountColumns)
    .from(users)
    .where(and(eq(users.id, userId), eq(users.practiceId, practiceId), eq(users.role, "counselor")))
    .limit(1);
  return row ? { ...row, coupleId: null, hasPassword: Boolean(row.hasPassword) } : undefined;
}

/**
 * Gives the account a live invitation with this token: the newest unaccepted one is
 * replaced in place (new token and expiry, one more send), so an account never has two
 * live links and the old one stops working at once. Answers the row's id and send count.
 */
export async function upsertLiveInvitation(
  db: Database,
  values: { account: InvitableAccount; tokenHash: string; invitedById: string; expiresAt: Date; now: Date },
): Promise<{ id: string; sendCount: number }> {
  const { account } = values;
  const [existing] = await db
    .select({ id: invitations.id })
    .from(invitations)
    .where(and(eq(invitations.userId, account.userId), isNull(invitations.acceptedAt)))
    .orderBy(desc(invitations.createdAt))
    .limit(1)
    .for("update");
  if (existing) {
    const [row] = await db
      .update(invitations)
      .set({
        tokenHash: values.tokenHash,
        expiresAt: values.expiresAt,
        revokedAt: null,
        invitedById: values.invitedById,
        email: account.email,
        sendCount: sql`${invitations.sendCount} + 1`,
        lastSentAt: values.now,
      })
      .where(eq(invitations.id, existing.id))
      .returning({ id: invitations.id, sendCount: invitations.sendCount });
    return row!;
  }
  const [row] = await db
    .insert(invitations)
    .values({
      practiceId: account.practiceId,
      userId: account.userId,
      coupleId: account.coupleId,
      role: account.role,
      email: account.email,
      tokenHash: values.tokenHash,
      invitedById: values.invitedById,
      expiresAt: values.expiresAt,
      lastSentAt: values.now,
    })
    .returning({ id: invitations.id, sendCount: invitations.sendCount });
  return row!;
}

/** Revokes the account's live invitation, if any; answers its id. */
export async function revokeLiveInvitation(db: Database, userId: string, now: Date): Promise<string | undefined> {
  const [row] = await db
    .update(invitations)
    .set({ revokedAt: now })
    .where(and(eq(invitations.userId, userId), isNull(invitations.acceptedAt), isNull(invitations.revokedAt)))
    .returning({ id: invitations.id });
  return row?.id;
}

/** The newest invitation of each account, for showing its state to staff. */
export async function latestInvitationsOf(db: Database, userIds: string[]) {
  if (userIds.length === 0) return new Map<string, LatestInvitation>();
  const rows = await db
    .selectDistinctOn([invitations.userId], {
      userId: invitations.userId,
      expiresAt: invitations.expiresAt,
      acceptedAt: invitations.acceptedAt,
      revokedAt: invitations.revokedAt,
      sendCount: invitations.sendCount,
      lastSentAt: invitations.lastSentAt,
    })
    .from(invitations)
    .where(inArray(invitations.userId, userIds))
    .orderBy(invitations.userId, desc(invitations.createdAt));
  return new Map(rows.map((row) => [row.userId, row]));
}
export type LatestInvitation = { userId: string; expiresAt: Date; acceptedAt: Date | null; revokedAt: Date | null; sendCount: number; lastSentAt: Date };

/** What the accept page may show about a link: state, practice and address. */
export async function findInvitationByTokenHash(db: Database, tokenHash: string) {
  const [row] = await db
    .select({
      id: invitations.id,
      userId: invitations.userId,
      role: invitations.role,
      email: users.email,
      practiceName: practices.name,
      expiresAt: invitations.expiresAt,
      acceptedAt: invitations.acceptedAt,
      revokedAt: invitations.revokedAt,
      disabled: users.disabled,
      hasPassword: sql<boolean>`${users.passwordHash} IS NOT NULL`,
    })
    .from(invitations)
    .innerJoin(users, eq(users.id, invitations.userId))
    .innerJoin(practices, eq(practices.id, invitations.practiceId))
    .where(eq(invitations.tokenHash, tokenHash))
    .limit(1);
  return row;
}

/**
 * Uses the invitation: one conditional update, so of two concurrent accepts exactly one
 * gets the row back. Undefined when the link is unknown, used, revoked or expired.
 */
export async function claimInvitation(db: Database, tokenHash: string, now: Date) {
  const [row] = await db
    .update(invitations)
    .set({ acceptedAt: now })
    .where(and(eq(invitations.tokenHash, tokenHash), isNull(invitations.acceptedAt), isNull(invitations.revokedAt), gt(invitations.expiresAt, now)))
    .returning({ id: invitations.id, userId: invitations.userId, role: invitations.role, coupleId: invitations.coupleId });
  return row;
}

/** Sets the first password of an account that has none and isn't disabled; answers whether it did. */
export async function setFirstPassword(db: Database, userId: string, passwordHash: string): Promise<boolean> {
  const rows = await db
    .update(users)
    .set({ passwordHash })
    .where(and(eq(users.id, userId), isNull(users.passwordHash), eq(users.disabled, false)))
    .returning({ id: users.id });
  return rows.length > 0;
}

export async function findPracticeName(db: Database, practiceId: string): Promise<string> {
  const [row] = await db.select({ name: practices.name }).from(practices).where(eq(practices.id, practiceId)).limit(1);
  if (!row) throw new Error("practice missing");
  return row.name;
}

/** Whether each account has a password and is disabled (never the hash). */
export async function findAccountFlags(db: Database, userIds: string[]) {
  if (userIds.length === 0) return new Map<string, { hasPassword: boolean; disabled: boolean }>();
  const rows = await db
    .select({ id: users.id, hasPassword: sql<boolean>`${users.passwordHash} IS NOT NULL`, disabled: users.disabled })
    .from(users)
    .where(inArray(users.id, userIds));
  return new Map(rows.map((row) => [row.id, { hasPassword: Boolean(row.hasPassword), disabled: row.disabled }]));
}
