import type { z } from "zod";
import { closeConcern as markClosed, findCaseloadConcern, findOpenConcern, insertConcern } from "@/db/queries/concerns";
import { findCaseloadCouple } from "@/db/queries/couples";
import type { ZCloseConcernInput, ZOpenConcernInput } from "@/db/schema/safety/validation";
import type { CounselorViewer } from "../../auth/viewer";
import { ConflictError, NotFoundError } from "../../errors";
import { recordAudit } from "../audit";
import type { ServiceContext } from "../context";
import { requireWritableCouple } from "../couples/require-writable";

const iso = (row: { id: string; kind: "violence" | "coercive_control"; openedAt: Date; closedAt: Date | null }) => ({
  id: row.id,
  kind: row.kind,
  openedAt: row.openedAt.toISOString(),
  closedAt: row.closedAt ? row.closedAt.toISOString() : null,
});

/**
 * Opens a violence or coercive-control concern. While any is open, exercises that need a
 * safety clearance vanish for both partners (tasks and anything shared or released from
 * them; `clearedForPartners`) and can't be assigned; partners are told nothing.
 */
export async function openConcern(ctx: ServiceContext<CounselorViewer>, input: z.output<typeof ZOpenConcernInput>) {
  const couple = await findCaseloadCouple(ctx.db, { counselorId: ctx.viewer.userId, practiceId: ctx.viewer.practiceId }, input.coupleId);
  if (!couple) throw new NotFoundError("We couldn't find that couple on your caseload.");
  await requireWritableCouple(ctx.db, couple.id);
  return ctx.db.transaction(async (tx) => {
    if (await findOpenConcern(tx, couple.id, input.kind)) throw new ConflictError("A concern of this kind is already open for this couple.");
    const row = await insertConcern(tx, { coupleId: couple.id, kind: input.kind, openedById: ctx.viewer.userId });
    await recordAudit(tx, ctx.viewer, ctx.request, { action: "concern.open", entityType: "safety_concern", entityId: row.id, coupleId: couple.id, details: { kind: input.kind } });
    return iso(row);
  });
}

export async function closeConcern(ctx: ServiceContext<CounselorViewer>, input: z.output<typeof ZCloseConcernInput>, now: Date = new Date()) {
  const concern = await findCaseloadConcern(ctx.db, { counselorId: ctx.viewer.userId, practiceId: ctx.viewer.practiceId }, input.concernId);
  if (!concern) throw new NotFoundError("We couldn't find that concern on your caseload.");
  await requireWritableCouple(ctx.db, concern.coupleId);
  return ctx.db.transaction(async (tx) => {
    const row = await markClosed(tx, concern.id, ctx.viewer.userId, now);
    if (!row) throw new ConflictError("This concern was already closed. Reload to see the latest.");
    await recordAudit(tx, ctx.viewer, ctx.request, { action: "concern.close", entityType: "safety_concern", entityId: row.id, coupleId: row.coupleId });
    return iso(row);
  });
}
