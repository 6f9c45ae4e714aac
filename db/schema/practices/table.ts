import { relations } from "drizzle-orm";
import { boolean, index, jsonb, pgTable, text, uuid } from "drizzle-orm/pg-core";
import { secretsPolicy } from "../_shared/pg-enums";
import { createdAt, id, updatedAt } from "../_shared/columns";
import { couples } from "../couples/table";
import { users } from "../users/table";

export const practices = pgTable("practices", {
  id: id(),
  name: text().notNull(),
  slug: text().notNull().unique("practices_slug_key"),
  timeZone: text().notNull().default("UTC"),
  /** Demo practices may be wiped and re-seeded by `npm run db:seed`; real ones never. */
  isDemo: boolean().notNull().default(false),
  /** Crisis lines shown to partners; null means Trellis's defaults. */
  crisisResources: jsonb().$type<CrisisResource[]>(),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
});

export interface CrisisResource {
  name: string;
  contact: string;
  href?: string;
  description: string;
}

/**
 * A practice's own wording of a confidentiality policy. Rows are never edited: the newest
 * one per practice and policy is current, and each consent record names the one accepted.
 */
export const policyWordings = pgTable(
  "policy_wordings",
  {
    id: id(),
    practiceId: uuid()
      .notNull()
      .references(() => practices.id, { onDelete: "cascade" }),
    policy: secretsPolicy().notNull(),
    body: text().notNull(),
    createdBy: uuid().references(() => users.id, { onDelete: "set null" }),
    createdAt: createdAt(),
  },
  (t) => [index("policy_wordings_practice_id_idx").on(t.practiceId, t.policy, t.createdAt), index("policy_wordings_created_by_idx").on(t.createdBy)],
);

export const practicesRelations = relations(practices, ({ many }) => ({
  users: many(users),
  couples: many(couples),
}));
