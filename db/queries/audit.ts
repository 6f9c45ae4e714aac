import { and, desc, eq, gte, like, lt, or, type SQL } from "drizzle-orm";
import type { Database } from "../client";
import { auditEvents, couples, users } from "../schema";

export type NewAuditEvent = typeof auditEvents.$inferInsert;

export async function insertAuditEvent(db: Database, event: NewAuditEvent): Promise<void> {
  await db.insert(auditEvents).values(event);
}

export interface AuditRow {
  id: number;
  occurredAt: Date;
  actorName: string | null;
  actorRole: string | null;
  action: string;
  entityType: string;
  entityId: string | null;
  coupleName: string | null;
  outcome: string;
  requestId: string | null;
}

export interface AuditFilter {
  actorId?: string | undefined;
  coupleId?: string | undefined;
  action?: string | undefined;
  outcome?: "success" | "denied" | "failure" | undefined;
  from?: Date | undefined;
  to?: Date | undefined;
  /** Rows older than this id: the next page. */
  before?: number | undefined;
}

const auditColumns = {
  id: auditEvents.id,
  occurredAt: auditEvents.occurredAt,
  actorName: users.displayName,
  actorRole: auditEvents.actorRole,
  action: auditEvents.action,
  entityType: auditEvents.entityType,
  entityId: auditEvents.entityId,
  coupleName: couples.displayName,
  outcome: auditEvents.outcome,
  requestId: auditEvents.requestId,
};

function filtersOf(filter: AuditFilter): SQL[] {
  return [
    filter.actorId ? eq(auditEvents.actorId, filter.actorId) : undefined,
    filter.coupleId ? eq(auditEvents.coupleId, filter.coupleId) : undefined,
    filter.action ? like(auditEvents.action, `${filter.action.replaceAll(/[%_\\]/g, "\\$&")}%`) : undefined,
    filter.outcome ? eq(auditEvents.outcome, filter.outcome) : undefined,
    filter.from ? gte(auditEvents.occurredAt, filter.from) : undefined,
    filter.to ? lt(auditEvents.occurredAt, filter.to) : undefined,
    filter.before ? lt(auditEvents.id, filter.before) : undefined,
  ].filter((condition): condition is SQL => condition !== undefined);
}

/** The trail within a scope, newest first, with names joined in; ids and action names only. */
async function listAudit(db: Database, scope: SQL | undefined, filter: AuditFilter, limit: number): Promise<AuditRow[]> {
  return db
    .select(auditColumns)
    .from(auditEvents)
    .leftJoin(users, eq(users.id, auditEvents.actorId))
    .leftJoin(couples, eq(couples.id, auditEvents.coupleId))
    .where(and(scope, ...filtersOf(filter)))
    .orderBy(desc(auditEvents.id))
    .limit(limit);
}

/** A practice's trail: events by its own people, and events about its couples whoever caused them. */
export function listPracticeAudit(db: Database, practiceId: string, filter: AuditFilter, limit = 100): Promise<AuditRow[]> {
  return listAudit(db, or(eq(users.practiceId, practiceId), eq(couples.practiceId, practiceId)), filter, limit);
}

/** One couple's trail (the caller has checked the couple is on their caseload). */
export function listCoupleAudit(db: Database, coupleId: string, filter: AuditFilter, limit = 100): Promise<AuditRow[]> {
  return listAudit(db, eq(auditEvents.coupleId, coupleId), filter, limit);
}
