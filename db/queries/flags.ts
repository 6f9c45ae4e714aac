import { and, eq, isNull } from "drizzle-orm";
import type { Database } from "../client";
import { couples, flags } from "../schema";
import type { CaseloadScope } from "./couples";

/** A flag of a couple on the counselor's caseload; undefined otherwise, whether or not it exists. */
export async function findCaseloadFlag(db: Database, scope: CaseloadScope, flagId: string) {
  const [row] = await db
    .select({ id: flags.id, coupleId: flags.coupleId, acknowledgedAt: flags.acknowledgedAt })
    .from(flags)
    .innerJoin(couples, eq(couples.id, flags.coupleId))
    .where(and(eq(flags.id, flagId), eq(couples.counselorId, scope.counselorId), eq(couples.practiceId, scope.practiceId)))
    .limit(1);
  return row;
}

/** Acknowledges once: undefined when someone already did. */
export async function acknowledgeFlag(db: Database, flagId: string, by: string, actionTaken: string, at: Date) {
  const [row] = await db
    .update(flags)
    .set({ acknowledgedAt: at, acknowledgedById: by, actionTaken })
    .where(and(eq(flags.id, flagId), isNull(flags.acknowledgedAt)))
    .returning({ id: flags.id, acknowledgedAt: flags.acknowledgedAt });
  return row;
}
