import { index, integer, pgTable, text, uuid } from "drizzle-orm/pg-core";
import { createdAt, id, tstz } from "../_shared/columns";
import { accountTokenPurpose, emailDeliveryStatus } from "../_shared/pg-enums";
import { users } from "../users/table";

/**
 * One row per email Trellis decided to send. The idempotency key names the reason
 * ("due:<user>:<local date>", "invite:<invitation>:<n>"), so a reminder planned twice
 * or a send job retried after the message went out still sends one message.
 *
 * The table is also the outbox of a transactional-outbox pattern: a service inserts the
 * row in its own transaction, and the mail job (server/jobs) claims, sends and marks it.
 * The address and link wait sealed (AES-256-GCM) in `payload`, erased once sent; the
 * message text itself is never stored.
 */
export const emailDeliveries = pgTable(
  "email_deliveries",
  {
    id: id(),
    idempotencyKey: text().notNull().unique("email_deliveries_idempotency_key_key"),
    userId: uuid().references(() => users.id, { onDelete: "cascade" }),
    template: text().notNull(),
    status: emailDeliveryStatus().notNull().default("queued"),
    payload: text(),
    attempts: integer().notNull().default(0),
    /** Set when a worker takes the row; a claim older than a few minutes is taken again. */
    claimedAt: tstz(),
    createdAt: createdAt(),
    sentAt: tstz(),
  },
  (t) => [index("email_deliveries_user_id_idx").on(t.userId, t.createdAt), index("email_deliveries_status_idx").on(t.status, t.createdAt)],
);

/** Password-reset and email-change links. Only the SHA-256 of the token is stored. */
export const accountTokens = pgTable(
  "account_tokens",
  {
    id: id(),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    purpose: accountTokenPurpose().notNull(),
    tokenHash: text().notNull().unique("account_tokens_token_hash_key"),
    /** For an email change: the address that becomes the sign-in once the link is opened. */
    newEmail: text(),
    expiresAt: tstz().notNull(),
    usedAt: tstz(),
    createdAt: createdAt(),
  },
  (t) => [index("account_tokens_user_id_idx").on(t.userId, t.purpose)],
);
