import { relations, sql } from "drizzle-orm";
import { boolean, foreignKey, index, integer, jsonb, pgTable, primaryKey, text, unique, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { createdAt, id, tstz, updatedAt } from "../_shared/columns";
import type { VisibilityClass } from "../_shared/enums";
import { disclosureKind, responseState, shareRequestStatus, visibilityClass } from "../_shared/pg-enums";
import { tasks } from "../assignments/table";
import { coupleMembers, couples } from "../couples/table";
import { exerciseTemplateVersions } from "../exercises/table";
import { users } from "../users/table";

/** One author's answer to one task: a draft until submitted. */
export const responses = pgTable(
  "responses",
  {
    id: id(),
    taskId: uuid()
      .notNull()
      .references(() => tasks.id, { onDelete: "cascade" }),
    coupleId: uuid()
      .notNull()
      .references(() => couples.id, { onDelete: "cascade" }),
    authorId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "restrict" }),
    templateVersionId: uuid()
      .notNull()
      .references(() => exerciseTemplateVersions.id, { onDelete: "restrict" }),
    state: responseState().notNull().default("draft"),
    /** Optimistic concurrency: every save names the version it started from. */
    version: integer().notNull().default(1),
    /** The confidentiality-policy version the author had acknowledged when writing. */
    consentPolicyVersion: integer(),
    /** Client-generated key that makes a repeated submit return the first result. */
    submitKey: uuid(),
    submittedAt: tstz(),
    /** The author asked to talk about this answer in their next session; only the counselor sees it. */
    pinnedForSessionAt: tstz(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    unique("responses_task_author_key").on(t.taskId, t.authorId),
    // The task must be this couple's, and the author one of its two partners.
    foreignKey({
      name: "responses_task_same_couple_fk",
      columns: [t.taskId, t.coupleId],
      foreignColumns: [tasks.id, tasks.coupleId],
    }).onDelete("cascade"),
    foreignKey({
      name: "responses_author_member_fk",
      columns: [t.coupleId, t.authorId],
      foreignColumns: [coupleMembers.coupleId, coupleMembers.userId],
    }),
    index("responses_task_couple_idx").on(t.taskId, t.coupleId),
    index("responses_couple_author_idx").on(t.coupleId, t.authorId),
    // Caseload "days since any activity" reads the newest write per couple.
    index("responses_couple_updated_idx").on(t.coupleId, t.updatedAt),
    index("responses_author_id_idx").on(t.authorId),
    index("responses_template_version_id_idx").on(t.templateVersionId),
    uniqueIndex("responses_submit_key_key").on(t.submitKey).where(sql`${t.submitKey} IS NOT NULL`),
  ],
);

/**
 * Each answered field is its own row carrying its visibility class, so partner-facing
 * queries filter on visibility in SQL and never load what they may not show.
 */
export const responseFields = pgTable(
  "response_fields",
  {
    responseId: uuid()
      .notNull()
      .references(() => responses.id, { onDelete: "cascade" }),
    fieldKey: text().notNull(),
    visibility: visibilityClass().notNull(),
    /** Held until the other partner submits their own answer: paired reveal, or shown only because of a paired answer. */
    pairedReveal: boolean().notNull().default(false),
    value: jsonb().$type<unknown>(),
    /** A release-gated answer the author asked the counselor not to release (yet). */
    releaseWithdrawnAt: tstz(),
    updatedAt: updatedAt(),
  },
  (t) => [primaryKey({ name: "response_fields_pkey", columns: [t.responseId, t.fieldKey] })],
);

/** Snapshot of a response each time it is submitted or edited after submission. */
export const responseRevisions = pgTable(
  "response_revisions",
  {
    id: id(),
    responseId: uuid()
      .notNull()
      .references(() => responses.id, { onDelete: "cascade" }),
    version: integer().notNull(),
    fields: jsonb().$type<Record<string, { visibility: VisibilityClass; value: unknown }>>().notNull(),
    createdById: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "restrict" }),
    createdAt: createdAt(),
  },
  (t) => [
    unique("response_revisions_response_version_key").on(t.responseId, t.version),
    index("response_revisions_created_by_id_idx").on(t.createdById),
  ],
);

/**
 * A field made visible to the other partner: shared by its author (recorded as the
 * author's consent) or released by the counselor. Withdrawing keeps the row.
 */
export const disclosures = pgTable(
  "disclosures",
  {
    id: id(),
    responseId: uuid()
      .notNull()
      .references(() => responses.id, { onDelete: "cascade" }),
    fieldKey: text().notNull(),
    kind: disclosureKind().notNull(),
    /** The submitted revision the consent or release was given for; the partner sees that text. */
    responseVersion: integer().notNull(),
    actorId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "restrict" }),
    createdAt: createdAt(),
    withdrawnAt: tstz(),
  },
  (t) => [
    index("disclosures_response_id_idx").on(t.responseId, t.fieldKey),
    index("disclosures_actor_id_idx").on(t.actorId),
    uniqueIndex("disclosures_active_key")
      .on(t.responseId, t.fieldKey)
      .where(sql`${t.withdrawnAt} IS NULL`),
  ],
);

/** A counselor may ask an author to share a private field; only the author can say yes. */
export const shareRequests = pgTable(
  "share_requests",
  {
    id: id(),
    responseId: uuid()
      .notNull()
      .references(() => responses.id, { onDelete: "cascade" }),
    fieldKey: text().notNull(),
    requestedById: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "restrict" }),
    status: shareRequestStatus().notNull().default("open"),
    createdAt: createdAt(),
    decidedAt: tstz(),
  },
  (t) => [
    index("share_requests_response_id_idx").on(t.responseId),
    uniqueIndex("share_requests_open_key")
      .on(t.responseId, t.fieldKey)
      .where(sql`${t.status} = 'open'`),
    index("share_requests_requested_by_id_idx").on(t.requestedById),
  ],
);

export const responsesRelations = relations(responses, ({ one, many }) => ({
  task: one(tasks, { fields: [responses.taskId], references: [tasks.id] }),
  couple: one(couples, { fields: [responses.coupleId], references: [couples.id] }),
  author: one(users, { fields: [responses.authorId], references: [users.id] }),
  templateVersion: one(exerciseTemplateVersions, {
    fields: [responses.templateVersionId],
    references: [exerciseTemplateVersions.id],
  }),
  fields: many(responseFields),
  revisions: many(responseRevisions),
  disclosures: many(disclosures),
  shareRequests: many(shareRequests),
}));

export const responseFieldsRelations = relations(responseFields, ({ one }) => ({
  response: one(responses, { fields: [responseFields.responseId], references: [responses.id] }),
}));

export const responseRevisionsRelations = relations(responseRevisions, ({ one }) => ({
  response: one(responses, { fields: [responseRevisions.responseId], references: [responses.id] }),
}));

export const disclosuresRelations = relations(disclosures, ({ one }) => ({
  response: one(responses, { fields: [disclosures.responseId], references: [responses.id] }),
  actor: one(users, { fields: [disclosures.actorId], references: [users.id] }),
}));

export const shareRequestsRelations = relations(shareRequests, ({ one }) => ({
  response: one(responses, { fields: [shareRequests.responseId], references: [responses.id] }),
  requestedBy: one(users, { fields: [shareRequests.requestedById], references: [users.id] }),
}));
