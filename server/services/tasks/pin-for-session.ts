import type { z } from "zod";
import { findOwnResponse, setResponsePin } from "@/db/queries/responses";
import type { ZPinForSessionInput } from "@/db/schema/responses/validation";
import type { PartnerViewer } from "../../auth/viewer";
import { ValidationError } from "../../errors";
import { recordAudit } from "../audit";
import type { ServiceContext } from "../context";
import { requirePartnerTask } from "./load-partner-task";

/**
 * "I want to talk about this in our next session": a mark on the author's own submitted
 * answers that only the counselor's prep view reads; the other partner never sees it.
 */
export async function pinForSession(ctx: ServiceContext<PartnerViewer>, input: z.output<typeof ZPinForSessionInput>, now: Date = new Date()) {
  const task = await requirePartnerTask(ctx.db, ctx.viewer, input.taskId);
  const own = await findOwnResponse(ctx.db, task.id, ctx.viewer.userId);
  if (own?.state !== "submitted") throw ValidationError.form("Submit your answers first; then you can mark them for your next session.");
  return ctx.db.transaction(async (tx) => {
    const row = await setResponsePin(tx, own.id, ctx.viewer.userId, input.pinned ? now : null);
    if (!row) throw ValidationError.form("Submit your answers first; then you can mark them for your next session.");
    await recordAudit(tx, ctx.viewer, ctx.request, {
      action: input.pinned ? "response.pin" : "response.unpin",
      entityType: "response",
      entityId: own.id,
      coupleId: task.coupleId,
    });
    return { pinned: input.pinned };
  });
}
