import { findCaseloadCouple } from "@/db/queries/couples";
import type { CounselorViewer } from "../../auth/viewer";
import { NotFoundError } from "../../errors";
import { recordAudit } from "../audit";
import type { ServiceContext } from "../context";

/** A couple on the counselor's caseload. Any other id, existing or not, is NOT_FOUND. */
export async function getCaseloadCouple(ctx: ServiceContext<CounselorViewer>, coupleId: string) {
  const couple = await findCaseloadCouple(ctx.db, { counselorId: ctx.viewer.userId, practiceId: ctx.viewer.practiceId }, coupleId);
  // The refusal is audited once, for every procedure alike (server/api/denials.ts).
  if (!couple) throw new NotFoundError("We couldn't find that couple on your caseload.");
  await recordAudit(ctx.db, ctx.viewer, ctx.request, {
    action: "couple.read",
    entityType: "couple",
    entityId: couple.id,
    coupleId: couple.id,
  });
  return couple;
}
