import { sql, type SQL } from "drizzle-orm";
import type { PgColumn } from "drizzle-orm/pg-core";
import { exerciseTemplateVersions } from "../schema";

/**
 * True while an exercise is usable by partners: it needs no safety clearance, or the
 * couple has no open violence/coercion concern. Every partner-facing read of tasks and
 * of the other partner's answers adds it, so while a concern is open those exercises
 * simply are not there, exactly like something that does not exist (nothing says why).
 */
export function clearedForPartners(coupleId: PgColumn | SQL): SQL {
  return sql`NOT (
    coalesce((${exerciseTemplateVersions.definition}->>'needsSafetyClearance')::boolean, false)
    AND EXISTS (SELECT 1 FROM safety_concerns open_concern WHERE open_concern.couple_id = ${coupleId} AND open_concern.closed_at IS NULL)
  )`;
}
