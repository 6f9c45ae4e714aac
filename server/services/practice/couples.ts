import type { z } from "zod";
import { findActivePracticeCounselor, findPracticeCouple, listPracticeCouples, setCoupleArchivedState, setCoupleCounselor } from "@/db/queries/practice";
import type { ZPracticeCouplesInput, ZReassignCoupleInput, ZSetCoupleArchivedInput } from "@/db/schema/practices/validation";
import type { AdminViewer } from "../../auth/viewer";
import { NotFoundError, ValidationError } from "../../errors";
import { recordAudit } from "../audit";
import type { ServiceContext } from "../context";

const NOT_IN_PRACTICE = "We couldn't find that couple in your practice.";

/**
 * The admin's couples list: names, status, dates, counselor and whether each partner has
 * joined. The object built here is the whole answer, so nothing clinical can ride along.
 */
export async function listCouplesForAdmin(ctx: ServiceContext<AdminViewer>, input: z.output<typeof ZPracticeCouplesInput>) {
  const rows = await listPracticeCouples(ctx.db, ctx.viewer.practiceId, input);
  return rows.map((row) => ({
    id: row.id,
    displayName: row.displayName,
    status: row.status,
    createdAt: row.createdAt,
    archivedAt: row.archivedAt,
    counselor: { id: row.counselorId, displayName: row.counselorName },
    partners: row.partners.map((partner) => ({ displayName: partner.displayName, hasJoined: partner.hasJoined })),
  }));
}

/**
 * Moves a couple to another active counselor of the practice. Access follows
 * couples.counselorId, so the previous counselor loses it with this commit.
 */
export async function reassignCouple(ctx: ServiceContext<AdminViewer>, input: z.output<typeof ZReassignCoupleInput>) {
  return ctx.db.transaction(async (tx) => {
    const couple = await findPracticeCouple(tx, ctx.viewer.practiceId, input.coupleId);
    if (!couple) throw new NotFoundError(NOT_IN_PRACTICE);
    const counselor = await findActivePracticeCounselor(tx, ctx.viewer.practiceId, input.counselorId);
    if (!counselor) throw new ValidationError({ counselorId: ["Choose an active counselor of your practice."] });
    if (couple.counselorId === counselor.id) return { coupleId: couple.id, counselorId: counselor.id, changed: false };
    await setCoupleCounselor(tx, couple.id, counselor.id);
    await recordAudit(tx, ctx.viewer, ctx.request, {
      action: "couple.reassign",
      entityType: "couple",
      entityId: couple.id,
      coupleId: couple.id,
      details: { fromCounselorId: couple.counselorId, toCounselorId: counselor.id },
    });
    return { coupleId: couple.id, counselorId: counselor.id, changed: true };
  });
}

/** Archives a couple (read-only, nothing deleted) or restores it to active. */
export async function setCoupleArchived(ctx: ServiceContext<AdminViewer>, input: z.output<typeof ZSetCoupleArchivedInput>) {
  return ctx.db.transaction(async (tx) => {
    const couple = await findPracticeCouple(tx, ctx.viewer.practiceId, input.coupleId);
    if (!couple) throw new NotFoundError(NOT_IN_PRACTICE);
    const status = input.archived ? "archived" : "active";
    if (couple.status === status) return { coupleId: couple.id, status, changed: false };
    await setCoupleArchivedState(tx, couple.id, input.archived);
    await recordAudit(tx, ctx.viewer, ctx.request, {
      action: input.archived ? "couple.archive" : "couple.restore",
      entityType: "couple",
      entityId: couple.id,
      coupleId: couple.id,
      details: { from: couple.status },
    });
    return { coupleId: couple.id, status, changed: true };
  });
}
