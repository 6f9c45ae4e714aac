import type { z } from "zod";
import { acknowledgeFlag as markAcknowledged, findCaseloadFlag } from "@/db/queries/flags";
import type { ZAcknowledgeFlagInput } from "@/db/schema/safety/validation";
import type { CounselorViewer } from "../../auth/viewer";
import { ConflictError, NotFoundError } from "../../errors";
import { recordAudit } from "../audit";
import type { ServiceContext } from "../context";
import { requireWritableCouple } from "../couples/require-writable";

/** The counselor records that they saw a flag and what they did; the audit row holds ids only. */
export async function acknowledgeFlag(ctx: ServiceContext<CounselorViewer>, input: z.output<typeof ZAcknowledgeFlagInput>, now: Date = new Date()) {
  const flag = await findCaseloadFlag(ctx.db, { counselorId: ctx.viewer.userId, practiceId: ctx.viewer.practiceId }, input.flagId);
  if (!flag) throw new NotFoundError("We couldn't find that flag on your caseload.");
  await requireWritableCouple(ctx.db, flag.coupleId);
  return ctx.db.transaction(async (tx) => {
    const row = await markAcknowledged(tx, flag.id, ctx.viewer.userId, input.actionTaken, now);
    if (!row) throw new ConflictError("This flag was already acknowledged. Reload to see what was recorded.");
    await recordAudit(tx, ctx.viewer, ctx.request, { action: "flag.acknowledge", entityType: "flag", entityId: flag.id, coupleId: flag.coupleId });
    return { acknowledgedAt: row.acknowledgedAt };
  });
}
