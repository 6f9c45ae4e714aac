import { relations, sql } from "drizzle-orm";
import { bigint, boolean, check, index, integer, pgTable, text, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { createdAt, id, tstz, updatedAt } from "../_shared/columns";
import { userRole } from "../_shared/pg-enums";
import { coupleMembers, couples } from "../couples/table";
import { practices } from "../practices/table";

export const users = pgTable(
  "users",
  {
    id: id(),
    practiceId: uuid()
      .notNull()
      .references(() => practices.id, { onDelete: "restrict" }),
    role: userRole().notNull(),
    /** Stored trimmed and lower-cased; one account per human, so unique across the system. */
    email: text().notNull(),
    displayName: text().notNull(),
    /** Argon2id PHC string; null until the person accepts their invitation. */
    passwordHash: text(),
    disabled: boolean().notNull().default(false),
    disabledAt: tstz(),
    /**
     * Copied into the JWT at sign-in and compared with this column on every request.
     * Bumping it (sign out everywhere, disable, role or password change) revokes every
     * session token already issued.
     */
    sessionVersion: integer().notNull().default(1),
    lastLoginAt: tstz(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex("users_email_key").on(t.email),
    index("users_practice_id_idx").on(t.practiceId, t.role),
    check("users_email_normalized", sql`${t.email} = lower(btrim(${t.email}))`),
  ],
);

/**
 * One row per sign-in. The session token names its row, and every request checks the
 * row is still open, so signing out revokes that token on the server, not just in the
 * browser.
 */
export const userSessions = pgTable(
  "user_sessions",
  {
    id: id(),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    createdAt: createdAt(),
    revokedAt: tstz(),
    /** Why it ended: signed_out, signed_out_everywhere, idle, expired or disabled. */
    revokedReason: text(),
    ipAddress: text(),
    userAgent: text(),
    /**
     * Last request the person made themselves. Background requests (autosave, polling)
     * are checked against it but never move it, so an unattended page still times out.
     */
    lastActiveAt: tstz().notNull().defaultNow(),
    /** When this sign-in passed its second factor; staff reach no clinical content before. */
    mfaVerifiedAt: tstz(),
  },
  (t) => [index("user_sessions_user_id_idx").on(t.userId, t.revokedAt)],
);

/** An account's TOTP authenticator. The secret is stored encrypted (AES-256-GCM). */
export const userTotp = pgTable("user_totp", {
  userId: uuid()
    .primaryKey()
    .references(() => users.id, { onDelete: "cascade" }),
  secretCiphertext: text().notNull(),
  /** Null while enrolment waits for the first correct code. */
  confirmedAt: tstz(),
  /** The newest 30-second step accepted, so a code can't be replayed. */
  lastUsedStep: bigint({ mode: "number" }),
  createdAt: createdAt(),
});

/** One-time recovery codes, stored as hashes; a used code stays, marked. */
export const userRecoveryCodes = pgTable(
  "user_recovery_codes",
  {
    id: id(),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    codeHash: text().notNull(),
    usedAt: tstz(),
    createdAt: createdAt(),
  },
  (t) => [index("user_recovery_codes_user_id_idx").on(t.userId), uniqueIndex("user_recovery_codes_code_hash_key").on(t.codeHash)],
);

/**
 * Failed sign-in counters per key (a hash of the email, or the client address), for
 * throttling with growing delays. Unknown emails get a row like known ones.
 */
export const authThrottle = pgTable("auth_throttle", {
  key: text().primaryKey(),
  failures: integer().notNull().default(0),
  lastFailureAt: tstz(),
  blockedUntil: tstz(),
});

export const usersRelations = relations(users, ({ one, many }) => ({
  practice: one(practices, { fields: [users.practiceId], references: [practices.id] }),
  caseload: many(couples),
  memberships: many(coupleMembers),
  sessions: many(userSessions),
}));

export const userSessionsRelations = relations(userSessions, ({ one }) => ({
  user: one(users, { fields: [userSessions.userId], references: [users.id] }),
}));
