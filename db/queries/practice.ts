import { and, asc, count, eq, ne, sql } from "drizzle-orm";
import type { Database } from "../client";
import { couples, users } from "../schema";

/** Counselor accounts of one practice with the size of their active caseload; no clinical data. */
export async function listPracticeCounselors(db: Database, practiceId: string) {
  return db
    .select({
      id: users.id,
      displayName: users.displayName,
      email: users.email,
      disabled: users.disabled,
      hasJoined: sql<boolean>`${users.passwordHash} IS NOT NULL`,
      lastLoginAt: users.lastLoginAt,
      activeCouples: count(couples.id),
    })
    .from(users)
    .leftJoin(couples, and(eq(couples.counselorId, users.id), ne(couples.status, "archived")))
    .where(and(eq(users.practiceId, practiceId), eq(users.role, "counselor")))
    .groupBy(users.id)
    .orderBy(asc(sql`lower(${users.displayName})`));
}

/** Creates a counselor account of the practice, without a password until the invitation is accepted. */
export async function insertCounselorAccount(db: Database, values: { practiceId: string; email: string; displayName: string }) {
  const [row] = await db.insert(users).values({ ...values, role: "counselor" }).returning({ id: users.id });
  if (!row) throw new Error("counselor insert returned no row");
  return row;
}

/** A non-admin account of the practice (counselor or partner); undefined for anyone else. */
export async function findPracticeMemberAccount(db: Database, practiceId: string, userId: string) {
  const [row] = await db
    .select({ id: users.id, role: users.role, disabled: users.disabled })
    .from(users)
    .where(and(eq(users.id, userId), eq(users.practiceId, practiceId), ne(users.role, "admin")))
    .limit(1);
  return row;
}

export async function setAccountDisabledFlag(db: Database, userId: string, disabled: boolean, now: Date) {
  await db.update(users).set({ disabled, disabledAt: disabled ? now : null }).where(eq(users.id, userId));
}
