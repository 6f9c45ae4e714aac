import { relations } from "drizzle-orm";
import { index, integer, jsonb, pgTable, text, unique, uuid, type AnyPgColumn } from "drizzle-orm/pg-core";
import { createdAt, id, tstz, updatedAt } from "../_shared/columns";
import { templateOrigin } from "../_shared/pg-enums";
import { practices } from "../practices/table";
import { users } from "../users/table";
import type { TTemplateDefinition } from "./definition";

/** A named exercise; its content lives in versions. Built-in templates have no practice. */
export const exerciseTemplates = pgTable(
  "exercise_templates",
  {
    id: id(),
    practiceId: uuid().references(() => practices.id, { onDelete: "restrict" }),
    slug: text().notNull(),
    origin: templateOrigin().notNull(),
    createdById: uuid().references(() => users.id, { onDelete: "restrict" }),
    /** Set when a counselor duplicated another template to adapt it. */
    basedOnTemplateId: uuid().references((): AnyPgColumn => exerciseTemplates.id, { onDelete: "restrict" }),
    archivedAt: tstz(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    unique("exercise_templates_practice_slug_key").on(t.practiceId, t.slug).nullsNotDistinct(),
    index("exercise_templates_created_by_id_idx").on(t.createdById),
    index("exercise_templates_based_on_template_id_idx").on(t.basedOnTemplateId),
  ],
);

/**
 * An immutable snapshot of a template. Once an assignment uses it (first_used_at set),
 * a database trigger refuses any change to its definition; editing makes a new version,
 * and answers always render against the version they were written for.
 */
export const exerciseTemplateVersions = pgTable(
  "exercise_template_versions",
  {
    id: id(),
    templateId: uuid()
      .notNull()
      .references(() => exerciseTemplates.id, { onDelete: "cascade" }),
    version: integer().notNull(),
    definition: jsonb().$type<TTemplateDefinition>().notNull(),
    /** Built-in templates only: the library's content version this row was created from. */
    contentVersion: integer(),
    createdById: uuid().references(() => users.id, { onDelete: "restrict" }),
    firstUsedAt: tstz(),
    createdAt: createdAt(),
  },
  (t) => [
    unique("exercise_template_versions_template_version_key").on(t.templateId, t.version),
    // Two instances upgrading the library at once can't both add the same content version.
    unique("exercise_template_versions_template_content_version_key").on(t.templateId, t.contentVersion),
    index("exercise_template_versions_created_by_id_idx").on(t.createdById),
  ],
);

export const exerciseTemplatesRelations = relations(exerciseTemplates, ({ one, many }) => ({
  practice: one(practices, { fields: [exerciseTemplates.practiceId], references: [practices.id] }),
  createdBy: one(users, { fields: [exerciseTemplates.createdById], references: [users.id] }),
  versions: many(exerciseTemplateVersions),
}));

export const exerciseTemplateVersionsRelations = relations(exerciseTemplateVersions, ({ one }) => ({
  template: one(exerciseTemplates, {
    fields: [exerciseTemplateVersions.templateId],
    references: [exerciseTemplates.id],
  }),
}));
