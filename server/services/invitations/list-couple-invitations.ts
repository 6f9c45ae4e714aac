import { findCaseloadCouple } from "@/db/queries/couples";
import { findAccountFlags, latestInvitationsOf } from "@/db/queries/invitations";
import type { CounselorViewer } from "../../auth/viewer";
import { NotFoundError } from "../../errors";
import { recordAudit } from "../audit";
import type { ServiceContext } from "../context";
import { accountState } from "./account-state";

/** Each partner of a caseload couple with where their account stands (invited, expired, active…). */
export async function listCoupleInvitations(ctx: ServiceContext<CounselorViewer>, coupleId: string, now: Date = new Date()) {
  const couple = await findCaseloadCouple(ctx.db, { counselorId: ctx.viewer.userId, practiceId: ctx.viewer.practiceId }, coupleId);
  if (!couple) throw new NotFoundError("We couldn't find that couple on your caseload.");
  const ids = couple.partners.map((partner) => partner.userId);
  const [flags, invitations] = await Promise.all([findAccountFlags(ctx.db, ids), latestInvitationsOf(ctx.db, ids)]);
  await recordAudit(ctx.db, ctx.viewer, ctx.request, { action: "invitation.list", entityType: "couple", entityId: couple.id, coupleId: couple.id });
  return couple.partners.map((partner) => ({
    userId: partner.userId,
    displayName: partner.displayName,
    email: partner.email,
    label: partner.label,
    account: accountState(flags.get(partner.userId) ?? { hasPassword: partner.hasJoined, disabled: false }, invitations.get(partner.userId), now),
  }));
}
