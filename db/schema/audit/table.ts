import { bigint, index, jsonb, pgTable, text, uuid } from "drizzle-orm/pg-core";
import { createdAt } from "../_shared/columns";
import type { UserRole } from "../_shared/enums";
import { auditOutcome, userRole } from "../_shared/pg-enums";
import { couples } from "../couples/table";
import { users } from "../users/table";

/**
 * Append-only record of who read or changed what. A trigger (migration
 * 0001_audit_append_only) rejects UPDATE, DELETE and TRUNCATE. Rows carry ids and
 * action names only, never clinical text.
 */
export const auditEvents = pgTable(
  "audit_events",
  {
    id: bigint({ mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    occurredAt: createdAt(),
    actorId: uuid().references(() => users.id, { onDelete: "restrict" }),
    actorRole: userRole().$type<UserRole>(),
    action: text().notNull(),
    entityType: text().notNull(),
    entityId: text(),
    coupleId: uuid().references(() => couples.id, { onDelete: "restrict" }),
    outcome: auditOutcome().notNull().default("success"),
    requestId: text(),
    ipAddress: text(),
    userAgent: text(),
    details: jsonb().$type<Record<string, string | number | boolean | null | string[]>>(),
  },
  (t) => [
    index("audit_events_actor_id_idx").on(t.actorId, t.occurredAt),
    index("audit_events_couple_id_idx").on(t.coupleId, t.occurredAt),
    index("audit_events_occurred_at_idx").on(t.occurredAt),
  ],
);
