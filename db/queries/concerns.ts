import { and, desc, eq, isNull } from "drizzle-orm";
import type { Database } from "../client";
import { couples, safetyConcerns } from "../schema";
import type { CaseloadScope } from "./couples";

const concernColumns = {
  id: safetyConcerns.id,
  coupleId: safetyConcerns.coupleId,
  kind: safetyConcerns.kind,
  openedAt: safetyConcerns.openedAt,
  closedAt: safetyConcerns.closedAt,
};

/** A couple's concerns, open ones and the most recent closed ones, newest first. */
export async function listCoupleConcerns(db: Database, coupleId: string) {
  return db.select(concernColumns).from(safetyConcerns).where(eq(safetyConcerns.coupleId, coupleId)).orderBy(desc(safetyConcerns.openedAt)).limit(20);
}

export async function findOpenConcern(db: Database, coupleId: string, kind: "violence" | "coercive_control") {
  const [row] = await db
    .select(concernColumns)
    .from(safetyConcerns)
    .where(and(eq(safetyConcerns.coupleId, coupleId), eq(safetyConcerns.kind, kind), isNull(safetyConcerns.closedAt)))
    .limit(1);
  return row;
}

export async function insertConcern(db: Database, values: typeof safetyConcerns.$inferInsert) {
  const [row] = await db.insert(safetyConcerns).values(values).returning(concernColumns);
  if (!row) throw new Error("concern insert returned no row");
  return row;
}

/** A concern of a couple on the counselor's caseload; undefined otherwise. */
export async function findCaseloadConcern(db: Database, scope: CaseloadScope, concernId: string) {
  const [row] = await db
    .select(concernColumns)
    .from(safetyConcerns)
    .innerJoin(couples, eq(couples.id, safetyConcerns.coupleId))
    .where(and(eq(safetyConcerns.id, concernId), eq(couples.counselorId, scope.counselorId), eq(couples.practiceId, scope.practiceId)))
    .limit(1);
  return row;
}

export async function closeConcern(db: Database, concernId: string, closedById: string, at: Date) {
  const [row] = await db
    .update(safetyConcerns)
    .set({ closedAt: at, closedById })
    .where(and(eq(safetyConcerns.id, concernId), isNull(safetyConcerns.closedAt)))
    .returning(concernColumns);
  return row;
}
