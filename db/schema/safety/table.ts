import { relations } from "drizzle-orm";
import { foreignKey, index, pgTable, text, uuid } from "drizzle-orm/pg-core";
import { createdAt, id, tstz } from "../_shared/columns";
import { concernKind, flagSeverity } from "../_shared/pg-enums";
import { coupleMembers, couples } from "../couples/table";
import { responses } from "../responses/table";
import { users } from "../users/table";

/** A possible risk found in a partner's writing. Only the counselor ever sees flags. */
export const flags = pgTable(
  "flags",
  {
    id: id(),
    coupleId: uuid()
      .notNull()
      .references(() => couples.id, { onDelete: "cascade" }),
    responseId: uuid().references(() => responses.id, { onDelete: "cascade" }),
    authorId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "restrict" }),
    fieldKey: text(),
    rule: text().notNull(),
    severity: flagSeverity().notNull(),
    excerpt: text(),
    raisedAt: createdAt(),
    acknowledgedAt: tstz(),
    acknowledgedById: uuid().references(() => users.id, { onDelete: "restrict" }),
    actionTaken: text(),
  },
  (t) => [
    index("flags_couple_id_idx").on(t.coupleId, t.acknowledgedAt),
    foreignKey({
      name: "flags_author_member_fk",
      columns: [t.coupleId, t.authorId],
      foreignColumns: [coupleMembers.coupleId, coupleMembers.userId],
    }),
    index("flags_couple_author_idx").on(t.coupleId, t.authorId),
    index("flags_response_id_idx").on(t.responseId),
    index("flags_author_id_idx").on(t.authorId),
    index("flags_acknowledged_by_id_idx").on(t.acknowledgedById),
  ],
);

/**
 * A counselor's open violence or coercive-control concern. While one is open, the
 * exercises that need a safety clearance are paused and their releases held.
 */
export const safetyConcerns = pgTable(
  "safety_concerns",
  {
    id: id(),
    coupleId: uuid()
      .notNull()
      .references(() => couples.id, { onDelete: "cascade" }),
    kind: concernKind().notNull(),
    openedById: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "restrict" }),
    openedAt: createdAt(),
    closedAt: tstz(),
    closedById: uuid().references(() => users.id, { onDelete: "restrict" }),
  },
  (t) => [
    index("safety_concerns_couple_id_idx").on(t.coupleId, t.closedAt),
    index("safety_concerns_opened_by_id_idx").on(t.openedById),
    index("safety_concerns_closed_by_id_idx").on(t.closedById),
  ],
);

export const flagsRelations = relations(flags, ({ one }) => ({
  couple: one(couples, { fields: [flags.coupleId], references: [couples.id] }),
  response: one(responses, { fields: [flags.responseId], references: [responses.id] }),
  author: one(users, { fields: [flags.authorId], references: [users.id] }),
}));

export const safetyConcernsRelations = relations(safetyConcerns, ({ one }) => ({
  couple: one(couples, { fields: [safetyConcerns.coupleId], references: [couples.id] }),
}));
