import type { Database } from "@/db/client";
import { insertAuditEvent, type NewAuditEvent } from "@/db/queries/audit";
import type { Viewer } from "../auth/viewer";
import type { RequestInfo } from "../request-info";

export interface AuditEntry {
  /** Dotted verb, e.g. "couple.create" or "caseload.read". */
  action: string;
  entityType: string;
  entityId?: string | null;
  coupleId?: string | null;
  outcome?: NewAuditEvent["outcome"];
  /** Ids, counts and codes only; never clinical text, names or email addresses. */
  details?: NewAuditEvent["details"];
}

/**
 * Appends to the audit trail. Writes call it inside their transaction so the change
 * and its record commit together; reads call it before returning, so a failed audit
 * insert fails the read instead of leaking unrecorded data.
 */
export async function recordAudit(
  db: Database,
  actor: Pick<Viewer, "userId" | "role"> | null,
  request: RequestInfo,
  entry: AuditEntry,
): Promise<void> {
  await insertAuditEvent(db, {
    actorId: actor?.userId ?? null,
    actorRole: actor?.role ?? null,
    action: entry.action,
    entityType: entry.entityType,
    entityId: entry.entityId ?? null,
    coupleId: entry.coupleId ?? null,
    outcome: entry.outcome ?? "success",
    requestId: request.id,
    ipAddress: request.ip,
    userAgent: request.userAgent,
    details: entry.details ?? null,
  });
}
