import { relations } from "drizzle-orm";
import { boolean, pgTable, text } from "drizzle-orm/pg-core";
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
  createdAt: createdAt(),
  updatedAt: updatedAt(),
});

export const practicesRelations = relations(practices, ({ many }) => ({
  users: many(users),
  couples: many(couples),
}));
