import { listCaseloadCouples } from "@/db/queries/couples";
import type { CounselorViewer } from "../../auth/viewer";
import { recordAudit } from "../audit";
import type { ServiceContext } from "../context";

export async function listCaseload(ctx: ServiceContext<CounselorViewer>) {
  const couples = await listCaseloadCouples(ctx.db, { counselorId: ctx.viewer.userId, practiceId: ctx.viewer.practiceId });
  await recordAudit(ctx.db, ctx.viewer, ctx.request, {
    action: "caseload.read",
    entityType: "couple",
    details: { coupleIds: couples.map((couple) => couple.id) },
  });
  return couples;
}
