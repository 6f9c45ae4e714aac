import { and, count, desc, eq, sql } from "drizzle-orm";
import type { SecretsPolicy } from "../schema/_shared/enums";
import type { Database } from "../client";
import { couples, policyWordings, practices, users, type CrisisResource } from "../schema";

export async function findCrisisResources(db: Database, practiceId: string): Promise<CrisisResource[] | null> {
  const [row] = await db.select({ resources: practices.crisisResources }).from(practices).where(eq(practices.id, practiceId)).limit(1);
  return row?.resources ?? null;
}

export async function updateCrisisResources(db: Database, practiceId: string, resources: CrisisResource[] | null) {
  await db.update(practices).set({ crisisResources: resources }).where(eq(practices.id, practiceId));
}

/** The practice's wording in force for a policy: its newest row, or undefined for Trellis's own. */
export async function findCurrentWording(db: Database, practiceId: string, policy: SecretsPolicy) {
  const [row] = await db
    .select({ id: policyWordings.id, body: policyWordings.body, createdAt: policyWordings.createdAt, authorName: users.displayName })
    .from(policyWordings)
    .leftJoin(users, eq(users.id, policyWordings.createdBy))
    .where(and(eq(policyWordings.practiceId, practiceId), eq(policyWordings.policy, policy)))
    .orderBy(desc(policyWordings.createdAt), desc(policyWordings.id))
    .limit(1);
  return row;
}

export async function countWordings(db: Database, practiceId: string, policy: SecretsPolicy): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(policyWordings)
    .where(and(eq(policyWordings.practiceId, practiceId), eq(policyWordings.policy, policy)));
  return row?.n ?? 0;
}

export async function insertWording(db: Database, values: { practiceId: string; policy: SecretsPolicy; body: string; createdBy: string }) {
  const [row] = await db.insert(policyWordings).values(values).returning({ id: policyWordings.id });
  if (!row) throw new Error("policy wording insert returned no row");
  return row.id;
}

/**
 * A new wording is a new version of the agreement for every couple of the practice on
 * that policy, so each partner is asked to read and accept it again.
 */
export async function bumpPolicyVersions(db: Database, practiceId: string, policy: SecretsPolicy): Promise<number> {
  const rows = await db
    .update(couples)
    .set({ secretsPolicyVersion: sql`${couples.secretsPolicyVersion} + 1` })
    .where(and(eq(couples.practiceId, practiceId), eq(couples.secretsPolicy, policy)))
    .returning({ id: couples.id });
  return rows.length;
}
