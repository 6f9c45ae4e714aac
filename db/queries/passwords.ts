import { and, eq, isNull, ne } from "drizzle-orm";
import type { Database } from "../client";
import { userSessions, users } from "../schema";

export async function findPasswordHash(db: Database, userId: string): Promise<string | null> {
  const [row] = await db.select({ passwordHash: users.passwordHash }).from(users).where(eq(users.id, userId)).limit(1);
  return row?.passwordHash ?? null;
}

export async function updatePasswordHash(db: Database, userId: string, passwordHash: string): Promise<void> {
  await db.update(users).set({ passwordHash }).where(eq(users.id, userId));
}

/** Ends every open sign-in of the user except `keepSessionId`; returns how many. */
export async function revokeOtherUserSessions(db: Database, userId: string, keepSessionId: string, reason: string, now: Date): Promise<number> {
  const rows = await db
    .update(userSessions)
    .set({ revokedAt: now, revokedReason: reason })
    .where(and(eq(userSessions.userId, userId), ne(userSessions.id, keepSessionId), isNull(userSessions.revokedAt)))
    .returning({ id: userSessions.id });
  return rows.length;
}
