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
