import type { z } from "zod";
import { findCaseloadSession, updateSessionOver } from "@/db/queries/sessions";
import type { ZRescheduleSessionInput, ZSaveAgendaInput, ZSessionStatusInput } from "@/db/schema/sessions/validation";
import type { CounselorViewer } from "../../auth/viewer";
import { ConflictError, NotFoundError, ValidationError } from "../../errors";
import { recordAudit } from "../audit";
import type { ServiceContext } from "../context";
import { instantIn, sessionRefOf } from "./session-ref";
import { requireWritableCouple } from "../couples/require-writable";

const STALE = "This session was changed in another window. Reload to see the latest, then try again.";

async function requireSession(ctx: ServiceContext<CounselorViewer>, sessionId: string) {
  const session = await findCaseloadSession(ctx.db, { counselorId: ctx.viewer.userId, practiceId: ctx.viewer.practiceId }, sessionId);
  if (!session) throw new NotFoundError("We couldn't find that session on your caseload.");
  await requireWritableCouple(ctx.db, session.coupleId);
  return session;
}

type Changes = Parameters<typeof updateSessionOver>[3];

async function change(ctx: ServiceContext<CounselorViewer>, sessionId: string, baseVersion: number, action: string, changes: (timeZone: string) => Changes) {
  const session = await requireSession(ctx, sessionId);
  return ctx.db.transaction(async (tx) => {
    const row = await updateSessionOver(tx, session.id, baseVersion, changes(session.timeZone));
    if (!row) throw new ConflictError(STALE);
    await recordAudit(tx, ctx.viewer, ctx.request, { action, entityType: "session", entityId: row.id, coupleId: row.coupleId });
    return row;
  });
}

export async function rescheduleSession(ctx: ServiceContext<CounselorViewer>, input: z.output<typeof ZRescheduleSessionInput>, now: Date = new Date()) {
  const session = await requireSession(ctx, input.sessionId);
  // A held session in the future would move "since last session" past today.
  if (session.status === "held" && instantIn(input.date, input.time, session.timeZone) > now) {
    throw ValidationError.form("A held session can't be moved into the future. Set it back to scheduled first.");
  }
  const row = await change(ctx, input.sessionId, input.baseVersion, "session.reschedule", (timeZone) => ({
    scheduledAt: instantIn(input.date, input.time, timeZone),
    durationMinutes: input.durationMinutes,
  }));
  return sessionRefOf(row);
}

/**
 * Held sessions move "since last session" forward, so a session that has not started yet
 * cannot be marked held; cancelling keeps the record.
 */
export async function setSessionStatus(ctx: ServiceContext<CounselorViewer>, input: z.output<typeof ZSessionStatusInput>, now: Date = new Date()) {
  if (input.status === "held") {
    const session = await requireSession(ctx, input.sessionId);
    if (session.scheduledAt > now) throw ValidationError.form("This session hasn't started yet. Mark it held once it has taken place, or reschedule it.");
  }
  const row = await change(ctx, input.sessionId, input.baseVersion, `session.${input.status}`, () => ({ status: input.status }));
  return sessionRefOf(row);
}

/** The agenda is saved with the session record; the audit row holds counts only. */
export async function saveAgenda(ctx: ServiceContext<CounselorViewer>, input: z.output<typeof ZSaveAgendaInput>) {
  const row = await change(ctx, input.sessionId, input.baseVersion, "session.agenda", () => ({ agenda: { items: input.items } }));
  return { version: row.version };
}
