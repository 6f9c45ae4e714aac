import { and, desc, eq, inArray, sql } from "drizzle-orm";
import type { Database } from "../client";
import { couples, sessionNotes, sessionRecords } from "../schema";
import type { CaseloadScope } from "./couples";

const sessionColumns = {
  id: sessionRecords.id,
  coupleId: sessionRecords.coupleId,
  scheduledAt: sessionRecords.scheduledAt,
  durationMinutes: sessionRecords.durationMinutes,
  status: sessionRecords.status,
  agenda: sessionRecords.agenda,
  version: sessionRecords.version,
};

/** A couple's sessions, newest first; a counseling relationship has tens, not thousands. */
export async function listCoupleSessions(db: Database, coupleId: string) {
  return db.select(sessionColumns).from(sessionRecords).where(eq(sessionRecords.coupleId, coupleId)).orderBy(desc(sessionRecords.scheduledAt)).limit(200);
}

/** A session of a couple on the counselor's caseload, with the couple's zone; undefined otherwise. */
export async function findCaseloadSession(db: Database, scope: CaseloadScope, sessionId: string) {
  const [row] = await db
    .select({ ...sessionColumns, timeZone: couples.timeZone })
    .from(sessionRecords)
    .innerJoin(couples, eq(couples.id, sessionRecords.coupleId))
    .where(and(eq(sessionRecords.id, sessionId), eq(couples.counselorId, scope.counselorId), eq(couples.practiceId, scope.practiceId)))
    .limit(1);
  return row;
}

export async function insertSession(db: Database, values: typeof sessionRecords.$inferInsert) {
  const [row] = await db.insert(sessionRecords).values(values).returning(sessionColumns);
  if (!row) throw new Error("session insert returned no row");
  return row;
}

/** Updates over the version the counselor saw; undefined when someone saved first. */
export async function updateSessionOver(
  db: Database,
  sessionId: string,
  baseVersion: number,
  values: Partial<Pick<typeof sessionRecords.$inferInsert, "scheduledAt" | "durationMinutes" | "status" | "agenda">>,
) {
  const [row] = await db
    .update(sessionRecords)
    .set({ ...values, version: sql`${sessionRecords.version} + 1` })
    .where(and(eq(sessionRecords.id, sessionId), eq(sessionRecords.version, baseVersion)))
    .returning(sessionColumns);
  return row;
}

/** The counselor's own private notes for some sessions (the upcoming and the last held one). */
export async function listSessionNotes(db: Database, sessionIds: string[], authorId: string) {
  if (sessionIds.length === 0) return [];
  return db
    .select({ sessionId: sessionNotes.sessionId, body: sessionNotes.body, version: sessionNotes.version })
    .from(sessionNotes)
    .where(and(inArray(sessionNotes.sessionId, sessionIds), eq(sessionNotes.authorId, authorId)));
}

/**
 * Saves a note over the version the editor last saw (0: none yet). Undefined means
 * another tab saved first, so nothing is overwritten silently.
 */
export async function saveSessionNoteOver(db: Database, note: { sessionId: string; coupleId: string; authorId: string; body: string }, baseVersion: number) {
  if (baseVersion === 0) {
    const [row] = await db
      .insert(sessionNotes)
      .values(note)
      .onConflictDoNothing({ target: [sessionNotes.sessionId, sessionNotes.authorId] })
      .returning({ version: sessionNotes.version, updatedAt: sessionNotes.updatedAt });
    return row;
  }
  const [row] = await db
    .update(sessionNotes)
    .set({ body: note.body, version: sql`${sessionNotes.version} + 1` })
    .where(and(eq(sessionNotes.sessionId, note.sessionId), eq(sessionNotes.authorId, note.authorId), eq(sessionNotes.version, baseVersion)))
    .returning({ version: sessionNotes.version, updatedAt: sessionNotes.updatedAt });
  return row;
}
