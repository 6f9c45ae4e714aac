import { relations } from "drizzle-orm";
import { index, integer, pgTable, text, uuid } from "drizzle-orm/pg-core";
import { createdAt, id, tstz } from "../_shared/columns";
import { userRole } from "../_shared/pg-enums";
import { couples } from "../couples/table";
import { practices } from "../practices/table";
import { users } from "../users/table";

/** A single-use, expiring link to set a password. Only the SHA-256 of the token is stored. */
export const invitations = pgTable(
  "invitations",
  {
    id: id(),
    practiceId: uuid()
      .notNull()
      .references(() => practices.id, { onDelete: "restrict" }),
    /** The account the invitation activates (created with no password). */
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "restrict" }),
    coupleId: uuid().references(() => couples.id, { onDelete: "cascade" }),
    role: userRole().notNull(),
    email: text().notNull(),
    tokenHash: text().notNull().unique("invitations_token_hash_key"),
    invitedById: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "restrict" }),
    expiresAt: tstz().notNull(),
    acceptedAt: tstz(),
    revokedAt: tstz(),
    /** Resending replaces the token and the expiry; these say how often and when. */
    sendCount: integer().notNull().default(1),
    lastSentAt: tstz().notNull().defaultNow(),
    createdAt: createdAt(),
  },
  (t) => [
    index("invitations_practice_id_idx").on(t.practiceId),
    index("invitations_user_id_idx").on(t.userId),
    index("invitations_couple_id_idx").on(t.coupleId),
    index("invitations_invited_by_id_idx").on(t.invitedById),
  ],
);

export const invitationsRelations = relations(invitations, ({ one }) => ({
  user: one(users, { fields: [invitations.userId], references: [users.id] }),
  couple: one(couples, { fields: [invitations.coupleId], references: [couples.id] }),
}));
