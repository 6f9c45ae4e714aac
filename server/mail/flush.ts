import * as z from "zod";
import type { Database } from "@/db/client";
import { claimEmailDeliveries, markEmailDelivery } from "@/db/queries/email-deliveries";
import { getMfaKeys } from "../auth/mfa/keys";
import { open } from "../auth/mfa/secret-box";
import { logger } from "../logger";
import { renderEmail, type EmailMessage } from "./templates";
import type { MailSender } from "./transport";

/** Attempts before a message is given up on and marked failed. */
export const MAX_ATTEMPTS = 5;

const ZSealedPayload = z.object({ to: z.string(), message: z.object({ template: z.string(), params: z.record(z.string(), z.unknown()) }) });

export interface FlushResult {
  sent: number;
  failed: number;
}

/**
 * Sends what is waiting in email_deliveries. Rows are claimed with SKIP LOCKED, so
 * several workers (or a retried job) never take the same message, and a sent row is
 * never sent again: a retried flush job sends nothing twice. The sealed address and
 * link are erased once the message is out.
 */
export async function flushOutbox(
  db: Database,
  options: { send: MailSender; appUrl: string; now?: Date; batch?: number; /** Only these people's mail: lets tests share one database without taking each other's messages. */ userIds?: string[] },
): Promise<FlushResult> {
  const now = options.now ?? new Date();
  const claimed = await claimEmailDeliveries(db, { now, limit: options.batch ?? 20, ...(options.userIds ? { userIds: options.userIds } : {}) });
  const result: FlushResult = { sent: 0, failed: 0 };
  for (const row of claimed) {
    const opened = row.payload ? open(row.payload, getMfaKeys().mailPayload, row.idempotencyKey) : null;
    const parsed = opened ? ZSealedPayload.safeParse(JSON.parse(opened)) : null;
    if (!parsed?.success) {
      // Sealed under another key (the signing secret changed) or damaged: it can never be sent.
      await markEmailDelivery(db, row.id, { status: "failed" });
      logger.error({ deliveryId: row.id, template: row.template }, "queued email could not be opened; marked failed");
      result.failed += 1;
      continue;
    }
    try {
      const rendered = renderEmail(parsed.data.message as EmailMessage, options.appUrl);
      await options.send({ to: parsed.data.to, ...rendered }, now);
      await markEmailDelivery(db, row.id, { status: "sent", sentAt: now });
      result.sent += 1;
    } catch (error) {
      const givingUp = row.attempts >= MAX_ATTEMPTS;
      await markEmailDelivery(db, row.id, givingUp ? { status: "failed" } : { status: "queued" });
      // The error's name and code only: an SMTP reply can echo the address or the message.
      logger.warn({ deliveryId: row.id, template: row.template, attempts: row.attempts, err: errorSummary(error) }, givingUp ? "email failed for good" : "email send failed; will retry");
      if (givingUp) result.failed += 1;
    }
  }
  return result;
}

function errorSummary(error: unknown) {
  if (!(error instanceof Error)) return { name: "unknown" };
  const code = "code" in error && typeof error.code === "string" ? error.code : undefined;
  return { name: error.name, code };
}
