import { eq, sql } from "drizzle-orm";
import type { Database } from "../client";
import { queryRows } from "../client";
import { emailDeliveries } from "../schema";

/** A claim older than this is presumed abandoned by a worker that died mid-send. */
const CLAIM_TIMEOUT_MINUTES = 5;

export async function insertEmailDelivery(
  db: Database,
  row: { idempotencyKey: string; userId: string | null; template: string; payload: string },
): Promise<boolean> {
  const inserted = await db
    .insert(emailDeliveries)
    .values(row)
    .onConflictDoNothing({ target: emailDeliveries.idempotencyKey })
    .returning({ id: emailDeliveries.id });
  return inserted.length > 0;
}

export interface ClaimedDelivery {
  id: string;
  idempotencyKey: string;
  template: string;
  payload: string | null;
  attempts: number;
}

/**
 * Takes up to `limit` waiting messages for this worker in one statement. SKIP LOCKED
 * lets concurrent workers take disjoint rows; the claim time keeps a row away from
 * other workers after this statement commits, until it is marked or the claim lapses.
 */
export async function claimEmailDeliveries(db: Database, options: { now: Date; limit: number; userIds?: string[] }): Promise<ClaimedDelivery[]> {
  const now = options.now.toISOString();
  const onlyFor = options.userIds ? sql`AND user_id IN (${sql.join(options.userIds.map((id) => sql`${id}::uuid`), sql`, `)})` : sql``;
  return queryRows<ClaimedDelivery>(
    db,
    sql`UPDATE email_deliveries d
        SET claimed_at = ${now}::timestamptz, attempts = d.attempts + 1
        WHERE d.id IN (
          SELECT id FROM email_deliveries
          WHERE status = 'queued'
            AND (claimed_at IS NULL OR claimed_at < ${now}::timestamptz - make_interval(mins => ${CLAIM_TIMEOUT_MINUTES}))
            ${onlyFor}
          ORDER BY created_at
          LIMIT ${options.limit}
          FOR UPDATE SKIP LOCKED
        )
        RETURNING d.id, d.idempotency_key AS "idempotencyKey", d.template, d.payload, d.attempts`,
  );
}

export async function markEmailDelivery(db: Database, id: string, outcome: { status: "sent"; sentAt: Date } | { status: "queued" } | { status: "failed" }) {
  await db
    .update(emailDeliveries)
    .set(
      outcome.status === "sent"
        ? { status: "sent", sentAt: outcome.sentAt, payload: null, claimedAt: null }
        : outcome.status === "failed"
          ? { status: "failed", payload: null, claimedAt: null }
          : // The claim stays, so the row rests until the claim lapses: a failing mail server is retried every few minutes, not in a loop.
            { status: "queued" },
    )
    .where(eq(emailDeliveries.id, id));
}
