import { and, eq, isNull } from "drizzle-orm";
import type { Database } from "../client";
import { disclosures, responseFields, shareRequests } from "../schema";

export async function findStoredField(db: Database, responseId: string, fieldKey: string) {
  const [row] = await db
    .select({ visibility: responseFields.visibility, releaseWithdrawnAt: responseFields.releaseWithdrawnAt })
    .from(responseFields)
    .where(and(eq(responseFields.responseId, responseId), eq(responseFields.fieldKey, fieldKey)))
    .limit(1);
  return row;
}

export async function findActiveDisclosure(db: Database, responseId: string, fieldKey: string) {
  const [row] = await db
    .select({ id: disclosures.id, kind: disclosures.kind, responseVersion: disclosures.responseVersion })
    .from(disclosures)
    .where(and(eq(disclosures.responseId, responseId), eq(disclosures.fieldKey, fieldKey), isNull(disclosures.withdrawnAt)))
    .limit(1);
  return row;
}

/** Records a share or release; false if one is already active (the unique index decides). */
export async function insertDisclosure(db: Database, values: typeof disclosures.$inferInsert): Promise<string | undefined> {
  const [row] = await db.insert(disclosures).values(values).onConflictDoNothing().returning({ id: disclosures.id });
  return row?.id;
}

export async function withdrawDisclosure(db: Database, disclosureId: string) {
  await db.update(disclosures).set({ withdrawnAt: new Date() }).where(and(eq(disclosures.id, disclosureId), isNull(disclosures.withdrawnAt)));
}

export async function setReleaseWithdrawn(db: Database, responseId: string, fieldKey: string, withdrawn: boolean) {
  await db
    .update(responseFields)
    .set({ releaseWithdrawnAt: withdrawn ? new Date() : null })
    .where(and(eq(responseFields.responseId, responseId), eq(responseFields.fieldKey, fieldKey)));
}

export async function findOpenShareRequest(db: Database, requestId: string) {
  const [row] = await db
    .select({ id: shareRequests.id, responseId: shareRequests.responseId, fieldKey: shareRequests.fieldKey })
    .from(shareRequests)
    .where(and(eq(shareRequests.id, requestId), eq(shareRequests.status, "open")))
    .limit(1);
  return row;
}

/** Opens a request unless one is already open for the field; returns its id either way. */
export async function openShareRequest(db: Database, values: typeof shareRequests.$inferInsert) {
  const [row] = await db.insert(shareRequests).values(values).onConflictDoNothing().returning({ id: shareRequests.id });
  return row?.id;
}

export async function closeShareRequests(db: Database, responseId: string, fieldKey: string, status: "accepted" | "declined" | "cancelled") {
  await db
    .update(shareRequests)
    .set({ status, decidedAt: new Date() })
    .where(and(eq(shareRequests.responseId, responseId), eq(shareRequests.fieldKey, fieldKey), eq(shareRequests.status, "open")));
}
