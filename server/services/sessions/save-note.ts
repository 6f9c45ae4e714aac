import type { z } from "zod";
import { findCaseloadSession, saveSessionNoteOver } from "@/db/queries/sessions";
import type { ZSaveNoteInput } from "@/db/schema/sessions/validation";
import type { CounselorViewer } from "../../auth/viewer";
import { ConflictError, NotFoundError } from "../../errors";
import { recordAudit } from "../audit";
import type { ServiceContext } from "../context";
import { requireWritableCouple } from "../couples/require-writable";

/**
 * Autosaves the counselor's private session note (psychotherapy notes: their own table,
 * no partner procedure reads it). A save over a stale version answers CONFLICT.
 */
export async function saveSessionNote(ctx: ServiceContext<CounselorViewer>, input: z.output<typeof ZSaveNoteInput>) {
  const session = await findCaseloadSession(ctx.db, { counselorId: ctx.viewer.userId, practiceId: ctx.viewer.practiceId }, input.sessionId);
  if (!session) throw new NotFoundError("We couldn't find that session on your caseload.");
  await requireWritableCouple(ctx.db, session.coupleId);
  return ctx.db.transaction(async (tx) => {
    const saved = await saveSessionNoteOver(
      tx,
      { sessionId: session.id, coupleId: session.coupleId, authorId: ctx.viewer.userId, body: input.body },
      input.baseVersion,
    );
    if (!saved) throw new ConflictError("This note was saved from another window. Reload to see the latest version before you keep writing.");
    await recordAudit(tx, ctx.viewer, ctx.request, { action: "session_note.save", entityType: "session", entityId: session.id, coupleId: session.coupleId });
    return { version: saved.version, savedAt: saved.updatedAt };
  });
}
