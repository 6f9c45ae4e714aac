import { relations, sql } from "drizzle-orm";
import { boolean, check, index, integer, pgTable, text, uniqueIndex, uuid } from "drizzle-orm/pg-core";
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
    ipAddress: text(),
    userAgent: text(),
  },
  (t) => [index("user_sessions_user_id_idx").on(t.userId, t.revokedAt)],
);

export const usersRelations = relations(users, ({ one, many }) => ({
  practice: one(practices, { fields: [users.practiceId], references: [practices.id] }),
  caseload: many(couples),
  memberships: many(coupleMembers),
  sessions: many(userSessions),
}));

export const userSessionsRelations = relations(userSessions, ({ one }) => ({
  user: one(users, { fields: [userSessions.userId], references: [users.id] }),
}));
