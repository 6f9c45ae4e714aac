import { and, desc, eq } from "drizzle-orm";
import type { Database } from "../client";
import { consentRecords, couples, users } from "../schema";

/** The partner's own couple's current policy, and the newest version this partner accepted. */
export async function findConsentState(db: Database, scope: { coupleId: string; userId: string }) {
  const [couple] = await db
    .select({ policy: couples.secretsPolicy, policyVersion: couples.secretsPolicyVersion, counselorName: users.displayName })
    .from(couples)
    .innerJoin(users, eq(users.id, couples.counselorId))
    .where(eq(couples.id, scope.coupleId))
    .limit(1);
  if (!couple) return undefined;
  const [latest] = await db
    .select({ policyVersion: consentRecords.policyVersion, acknowledgedAt: consentRecords.acknowledgedAt })
    .from(consentRecords)
    .where(and(eq(consentRecords.coupleId, scope.coupleId), eq(consentRecords.userId, scope.userId)))
    .orderBy(desc(consentRecords.policyVersion))
    .limit(1);
  return { ...couple, acceptedVersion: latest?.policyVersion ?? null };
}

/** One record per accepted version; accepting the same version twice changes nothing. */
export async function insertConsent(db: Database, values: typeof consentRecords.$inferInsert) {
  await db.insert(consentRecords).values(values).onConflictDoNothing({ target: [consentRecords.userId, consentRecords.coupleId, consentRecords.policyVersion] });
}
