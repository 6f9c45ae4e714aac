import type { z } from "zod";
import { listCoupleAudit, listPracticeAudit, type AuditRow } from "@/db/queries/audit";
import { findCaseloadCouple } from "@/db/queries/couples";
import type { ZAuditFilterInput, ZCoupleAuditInput } from "@/db/schema/audit/validation";
import type { AdminViewer, CounselorViewer } from "../auth/viewer";
import { NotFoundError } from "../errors";
import { recordAudit } from "./audit";
import type { ServiceContext } from "./context";

const PAGE = 100;

function page(rows: AuditRow[]) {
  return {
    events: rows.map((row) => ({ ...row, occurredAt: row.occurredAt.toISOString() })),
    /** The id to ask for the next (older) page with, or null at the end. */
    next: rows.length === PAGE ? (rows.at(-1)?.id ?? null) : null,
  };
}

/** Who read or changed a caseload couple's records, newest first. Reading it is audited too. */
export async function getCoupleAccessLog(ctx: ServiceContext<CounselorViewer>, input: z.output<typeof ZCoupleAuditInput>) {
  const couple = await findCaseloadCouple(ctx.db, { counselorId: ctx.viewer.userId, practiceId: ctx.viewer.practiceId }, input.coupleId);
  if (!couple) throw new NotFoundError("We couldn't find that couple on your caseload.");
  const rows = await listCoupleAudit(ctx.db, couple.id, { before: input.before }, PAGE);
  await recordAudit(ctx.db, ctx.viewer, ctx.request, { action: "audit.read", entityType: "couple", entityId: couple.id, coupleId: couple.id });
  return { coupleName: couple.displayName, ...page(rows) };
}

/** The practice's access log with filters, for its administrators. */
export async function getPracticeAccessLog(ctx: ServiceContext<AdminViewer>, input: z.output<typeof ZAuditFilterInput>) {
  const rows = await listPracticeAudit(
    ctx.db,
    ctx.viewer.practiceId,
    {
      ...input,
      from: input.from ? new Date(`${input.from}T00:00:00Z`) : undefined,
      // "To" includes the whole day.
      to: input.to ? new Date(new Date(`${input.to}T00:00:00Z`).getTime() + 24 * 3600 * 1000) : undefined,
    },
    PAGE,
  );
  await recordAudit(ctx.db, ctx.viewer, ctx.request, { action: "audit.read", entityType: "practice", entityId: ctx.viewer.practiceId });
  return page(rows);
}
