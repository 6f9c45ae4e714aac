import { doublePrecision, foreignKey, index, pgTable, primaryKey, text, uuid, boolean, date } from "drizzle-orm/pg-core";
import { tstz } from "../_shared/columns";
import { coupleMembers, couples } from "../couples/table";
import { exerciseTemplates } from "../exercises/table";
import { responses } from "./table";

/**
 * A measure's score for one submitted response (its latest revision), written with the
 * answers. Kept as rows so the caseload and prep views can aggregate trends in SQL
 * instead of re-scoring every answer on every read. Counselor-only: no partner query
 * reads this table.
 */
export const responseScores = pgTable(
  "response_scores",
  {
    responseId: uuid()
      .notNull()
      .references(() => responses.id, { onDelete: "cascade" }),
    coupleId: uuid()
      .notNull()
      .references(() => couples.id, { onDelete: "cascade" }),
    authorId: uuid().notNull(),
    /** The series runs across template versions, so it is keyed by the template. */
    templateId: uuid()
      .notNull()
      .references(() => exerciseTemplates.id, { onDelete: "cascade" }),
    scoreKey: text().notNull(),
    label: text().notNull(),
    value: doublePrecision().notNull(),
    rangeMin: doublePrecision().notNull(),
    rangeMax: doublePrecision().notNull(),
    higherIsBetter: boolean().notNull(),
    /** The occurrence date in the couple's zone, and when the answer was submitted. */
    dueOn: date({ mode: "string" }).notNull(),
    scoredAt: tstz().notNull(),
  },
  (t) => [
    primaryKey({ name: "response_scores_pkey", columns: [t.responseId, t.scoreKey] }),
    foreignKey({
      name: "response_scores_author_member_fk",
      columns: [t.coupleId, t.authorId],
      foreignColumns: [coupleMembers.coupleId, coupleMembers.userId],
    }).onDelete("cascade"),
    index("response_scores_couple_author_series_idx").on(t.coupleId, t.authorId, t.templateId, t.scoreKey, t.dueOn, t.scoredAt),
    index("response_scores_template_id_idx").on(t.templateId),
  ],
);

/**
 * One row per score series (couple, partner, measure), kept by a trigger on
 * response_scores (migration 0010) so every writer, the data generator included, keeps
 * it whole. The caseload reads each series' few sample points by index from here instead
 * of ranking every score of every couple: its cost follows the number of series, not the
 * length of the history. A series outlives its last point only until the couple is
 * deleted; an empty series reads as no points.
 */
export const responseScoreSeries = pgTable(
  "response_score_series",
  {
    coupleId: uuid()
      .notNull()
      .references(() => couples.id, { onDelete: "cascade" }),
    authorId: uuid().notNull(),
    templateId: uuid()
      .notNull()
      .references(() => exerciseTemplates.id, { onDelete: "cascade" }),
    scoreKey: text().notNull(),
  },
  (t) => [
    primaryKey({ name: "response_score_series_pkey", columns: [t.coupleId, t.authorId, t.templateId, t.scoreKey] }),
    foreignKey({
      name: "response_score_series_author_member_fk",
      columns: [t.coupleId, t.authorId],
      foreignColumns: [coupleMembers.coupleId, coupleMembers.userId],
    }).onDelete("cascade"),
    index("response_score_series_template_id_idx").on(t.templateId),
  ],
);
