import { and, asc, count, eq, inArray, ne, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { Database } from "../client";
import type { CoupleStatus } from "../schema/_shared/enums";
import { coupleMembers, couples, practices, users } from "../schema";

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

const counselorUsers = alias(users, "counselor_users");

/**
 * Every couple of one practice for the admin's list, with non-clinical fields only: the
 * couple's name, status and dates, its counselor, and each partner's name and whether
 * they have set a password. Nothing else about the couple's work is selected.
 */
export async function listPracticeCouples(
  db: Database,
  practiceId: string,
  filters: { status?: CoupleStatus; counselorId?: string } = {},
) {
  const conditions = [eq(couples.practiceId, practiceId)];
  if (filters.status) conditions.push(eq(couples.status, filters.status));
  if (filters.counselorId) conditions.push(eq(couples.counselorId, filters.counselorId));
  const rows = await db
    .select({
      id: couples.id,
      displayName: couples.displayName,
      status: couples.status,
      createdAt: couples.createdAt,
      archivedAt: couples.archivedAt,
      counselorId: couples.counselorId,
      counselorName: counselorUsers.displayName,
    })
    .from(couples)
    .innerJoin(counselorUsers, eq(counselorUsers.id, couples.counselorId))
    .where(and(...conditions))
    .orderBy(asc(sql`${couples.status} = 'archived'`), asc(sql`lower(${couples.displayName})`), asc(couples.id))
    .limit(500);
  if (rows.length === 0) return [];
  const members = await db
    .select({ coupleId: coupleMembers.coupleId, slot: coupleMembers.slot, displayName: users.displayName, hasJoined: sql<boolean>`${users.passwordHash} IS NOT NULL` })
    .from(coupleMembers)
    .innerJoin(users, eq(users.id, coupleMembers.userId))
    .where(inArray(coupleMembers.coupleId, rows.map((row) => row.id)))
    .orderBy(asc(coupleMembers.slot));
  return rows.map((row) => ({
    ...row,
    partners: members.filter((member) => member.coupleId === row.id).map((member) => ({ displayName: member.displayName, hasJoined: Boolean(member.hasJoined) })),
  }));
}

/** One couple of the practice, for an admin action; undefined when it isn't the practice's. */
export async function findPracticeCouple(db: Database, practiceId: string, coupleId: string) {
  const [row] = await db
    .select({ id: couples.id, status: couples.status, counselorId: couples.counselorId })
    .from(couples)
    .where(and(eq(couples.id, coupleId), eq(couples.practiceId, practiceId)))
    .for("update")
    .limit(1);
  return row;
}

/** A counselor of the practice who may take couples: not disabled. */
export async function findActivePracticeCounselor(db: Database, practiceId: string, userId: string) {
  const [row] = await db
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.id, userId), eq(users.practiceId, practiceId), eq(users.role, "counselor"), eq(users.disabled, false)))
    .limit(1);
  return row;
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

export async function setCoupleCounselor(db: Database, coupleId: string, counselorId: string) {
  await db.update(couples).set({ counselorId, updatedAt: new Date() }).where(eq(couples.id, coupleId));
}

export async function setCoupleArchivedState(db: Database, coupleId: string, archived: boolean) {
  await db
    .update(couples)
    .set(archived ? { status: "archived", archivedAt: new Date(), updatedAt: new Date() } : { status: "active", archivedAt: null, updatedAt: new Date() })
    .where(eq(couples.id, coupleId));
}

export async function findPracticeSettings(db: Database, practiceId: string) {
  const [row] = await db.select({ name: practices.name, timeZone: practices.timeZone }).from(practices).where(eq(practices.id, practiceId)).limit(1);
  return row;
}

export async function updatePracticeSettings(db: Database, practiceId: string, values: { name: string; timeZone: string }) {
  await db.update(practices).set({ ...values, updatedAt: new Date() }).where(eq(practices.id, practiceId));
}

export async function setAccountDisabledFlag(db: Database, userId: string, disabled: boolean, now: Date) {
  await db.update(users).set({ disabled, disabledAt: disabled ? now : null }).where(eq(users.id, userId));
}
