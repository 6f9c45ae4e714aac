import { relations } from "drizzle-orm";
import { index, integer, jsonb, pgTable, text, unique, uuid } from "drizzle-orm/pg-core";
import { createdAt, id, tstz, updatedAt } from "../_shared/columns";
import { sessionStatus } from "../_shared/pg-enums";
import { couples } from "../couples/table";
import { users } from "../users/table";

/** A counseling session with the couple: "since last session" counts from the last held one. */
export const sessionRecords = pgTable(
  "session_records",
  {
    id: id(),
    coupleId: uuid()
      .notNull()
      .references(() => couples.id, { onDelete: "cascade" }),
    counselorId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "restrict" }),
    scheduledAt: tstz().notNull(),
    durationMinutes: integer().notNull().default(50),
    status: sessionStatus().notNull().default("scheduled"),
    agenda: jsonb().$type<{ items: { text: string; done: boolean }[] }>(),
    version: integer().notNull().default(1),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index("session_records_couple_id_idx").on(t.coupleId, t.scheduledAt),
    index("session_records_counselor_id_idx").on(t.counselorId, t.scheduledAt),
  ],
);

/**
 * Psychotherapy notes: kept apart from the rest of the record, never shown to clients
 * and never included in a client's export.
 */
export const sessionNotes = pgTable(
  "session_notes",
  {
    id: id(),
    sessionId: uuid()
      .notNull()
      .references(() => sessionRecords.id, { onDelete: "cascade" }),
    coupleId: uuid()
      .notNull()
      .references(() => couples.id, { onDelete: "cascade" }),
    authorId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "restrict" }),
    body: text().notNull(),
    version: integer().notNull().default(1),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    // One private note per counselor per session, autosaved over its version.
    unique("session_notes_session_author_key").on(t.sessionId, t.authorId),
    index("session_notes_couple_id_idx").on(t.coupleId),
    index("session_notes_author_id_idx").on(t.authorId),
  ],
);

export const sessionRecordsRelations = relations(sessionRecords, ({ one, many }) => ({
  couple: one(couples, { fields: [sessionRecords.coupleId], references: [couples.id] }),
  counselor: one(users, { fields: [sessionRecords.counselorId], references: [users.id] }),
  notes: many(sessionNotes),
}));

export const sessionNotesRelations = relations(sessionNotes, ({ one }) => ({
  session: one(sessionRecords, { fields: [sessionNotes.sessionId], references: [sessionRecords.id] }),
}));
