import { and, asc, eq, sql } from "drizzle-orm";
import type { Database } from "../client";
import { coupleMembers, couples, users } from "../schema";

/** A counselor's caseload: couples assigned to them in their own practice. */
export interface CaseloadScope {
  counselorId: string;
  practiceId: string;
}

const caseloadColumns = {
  id: couples.id,
  displayName: couples.displayName,
  phase: couples.phase,
  secretsPolicy: couples.secretsPolicy,
  status: couples.status,
  timeZone: couples.timeZone,
  createdAt: couples.createdAt,
  partnerUserId: coupleMembers.userId,
  partnerSlot: coupleMembers.slot,
  partnerLabel: coupleMembers.label,
  partnerName: users.displayName,
  partnerEmail: users.email,
  // Whether the partner has set a password; the hash itself is never selected.
  partnerHasJoined: sql<boolean>`${users.passwordHash} IS NOT NULL`,
};

function inCaseload(scope: CaseloadScope) {
  return and(eq(couples.counselorId, scope.counselorId), eq(couples.practiceId, scope.practiceId));
}

function selectCaseloadRows(db: Database) {
  return db
    .select(caseloadColumns)
    .from(couples)
    .leftJoin(coupleMembers, eq(coupleMembers.coupleId, couples.id))
    .leftJoin(users, eq(users.id, coupleMembers.userId));
}

type CaseloadRow = Awaited<ReturnType<ReturnType<typeof selectCaseloadRows>["execute"]>>[number];

export type CaseloadCouple = ReturnType<typeof groupCaseloadRows>[number];

function groupCaseloadRows(rows: CaseloadRow[]) {
  const byId = new Map<
    string,
    Omit<CaseloadRow, `partner${string}`> & {
      partners: { userId: string; slot: number; label: CaseloadRow["partnerLabel"] & string; displayName: string; email: string; hasJoined: boolean }[];
    }
  >();
  for (const row of rows) {
    const { partnerUserId, partnerSlot, partnerLabel, partnerName, partnerEmail, partnerHasJoined, ...couple } = row;
    const entry = byId.get(couple.id) ?? { ...couple, partners: [] };
    byId.set(couple.id, entry);
    if (partnerUserId && partnerSlot !== null && partnerLabel && partnerName !== null && partnerEmail !== null) {
      entry.partners.push({
        userId: partnerUserId,
        slot: partnerSlot,
        label: partnerLabel,
        displayName: partnerName,
        email: partnerEmail,
        hasJoined: Boolean(partnerHasJoined),
      });
    }
  }
  return [...byId.values()];
}

export async function listCaseloadCouples(db: Database, scope: CaseloadScope) {
  const rows = await selectCaseloadRows(db)
    .where(inCaseload(scope))
    .orderBy(asc(sql`${couples.status} = 'archived'`), asc(sql`lower(${couples.displayName})`), asc(couples.id), asc(coupleMembers.slot));
  return groupCaseloadRows(rows);
}

/** The couple if it is on the counselor's caseload; undefined otherwise, whether or not it exists. */
export async function findCaseloadCouple(db: Database, scope: CaseloadScope, coupleId: string) {
  const rows = await selectCaseloadRows(db)
    .where(and(inCaseload(scope), eq(couples.id, coupleId)))
    .orderBy(asc(coupleMembers.slot));
  return groupCaseloadRows(rows)[0];
}

export async function insertCouple(db: Database, values: typeof couples.$inferInsert) {
  const [row] = await db.insert(couples).values(values).returning({ id: couples.id });
  if (!row) throw new Error("couple insert returned no row");
  return row;
}

export async function insertPartnerAccounts(
  db: Database,
  accounts: { practiceId: string; email: string; displayName: string }[],
) {
  return db
    .insert(users)
    .values(accounts.map((account) => ({ ...account, role: "partner" as const })))
    .returning({ id: users.id, email: users.email });
}

export async function insertCoupleMembers(db: Database, members: (typeof coupleMembers.$inferInsert)[]) {
  await db.insert(coupleMembers).values(members);
}

/** What a partner may know about their own couple: its zone and their counselor's name. */
export async function findPartnerCoupleContext(db: Database, coupleId: string) {
  const [row] = await db
    .select({ timeZone: couples.timeZone, counselorName: users.displayName })
    .from(couples)
    .innerJoin(users, eq(users.id, couples.counselorId))
    .where(eq(couples.id, coupleId))
    .limit(1);
  return row;
}

/** The couple's status, read inside the caller's transaction; undefined when there is no such couple. */
export async function findCoupleStatus(db: Database, coupleId: string) {
  const [row] = await db.select({ status: couples.status }).from(couples).where(eq(couples.id, coupleId)).limit(1);
  return row?.status;
}
