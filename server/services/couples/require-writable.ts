import { findCoupleStatus } from "@/db/queries/couples";
import type { Database } from "@/db/client";
import { ARCHIVED_COUPLE_MESSAGE, ConflictError } from "../../errors";

/**
 * The one check every counselor write for a couple passes after its caseload lookup: an
 * archived couple is read-only until it is restored. Partners' writes are refused for the
 * same reason before they reach a service (server/api/trpc.ts, enforcePolicy).
 */
export async function requireWritableCouple(db: Database, coupleId: string) {
  if ((await findCoupleStatus(db, coupleId)) === "archived") throw new ConflictError(ARCHIVED_COUPLE_MESSAGE);
}
