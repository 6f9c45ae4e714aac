import type { Database } from "@/db/client";
import { insertEmailDelivery } from "@/db/queries/email-deliveries";
import { getMfaKeys } from "../auth/mfa/keys";
import { seal } from "../auth/mfa/secret-box";
import type { EmailMessage } from "./templates";

export interface QueuedEmail {
  /** Names why this message exists; the same key twice sends once (see email_deliveries). */
  idempotencyKey: string;
  userId: string | null;
  to: string;
  message: EmailMessage;
}

/**
 * Puts a message in the outbox table as part of the caller's transaction, so it is sent
 * if and only if the caller's change commits. The mail job sends it within seconds
 * (server/jobs); call `requestMailFlush()` after the commit to make that sooner.
 * Returns false when a message with this key was already queued or sent.
 */
export async function queueEmail(db: Database, email: QueuedEmail): Promise<boolean> {
  const payload = seal(JSON.stringify({ to: email.to, message: email.message }), getMfaKeys().mailPayload, email.idempotencyKey);
  return insertEmailDelivery(db, { idempotencyKey: email.idempotencyKey, userId: email.userId, template: email.message.template, payload });
}
