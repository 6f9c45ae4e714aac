import { findCaseloadPartner, findPracticeCounselor, findPracticeName, upsertLiveInvitation, type InvitableAccount } from "@/db/queries/invitations";
import type { AdminViewer, CounselorViewer } from "../../auth/viewer";
import { newLinkToken } from "../../auth/link-tokens";
import { ConflictError, NotFoundError } from "../../errors";
import { requestMailFlush } from "../../jobs/boss";
import { queueEmail } from "../../mail/queue-email";
import { recordAudit } from "../audit";
import type { ServiceContext } from "../context";
import type { Database } from "@/db/client";

export const INVITATION_DAYS = 7;
export type Inviter = CounselorViewer | AdminViewer;

/**
 * The account an inviter may invite: a counselor invites the partners of couples on
 * their caseload, an admin the counselors of their practice. Anyone else is unknown.
 */
export async function findInvitableAccount(db: Database, viewer: Inviter, userId: string): Promise<InvitableAccount> {
  const account =
    viewer.role === "counselor"
      ? await findCaseloadPartner(db, { counselorId: viewer.userId, practiceId: viewer.practiceId }, userId)
      : await findPracticeCounselor(db, viewer.practiceId, userId);
  if (!account) throw new NotFoundError();
  return account;
}

/**
 * Sends the account's invitation, or sends it again: a new single-use link valid for
 * seven days replaces any earlier one, which stops working at once. The email is queued
 * in the same transaction and only its SHA-256 is stored.
 */
export async function sendInvitation(ctx: ServiceContext<Inviter>, userId: string, now: Date = new Date()) {
  const result = await ctx.db.transaction((tx) => inviteAccount({ ...ctx, db: tx }, userId, now));
  requestMailFlush();
  return result;
}

/** The same as sendInvitation inside the caller's transaction (creating a couple invites both partners). */
export async function inviteAccount(ctx: ServiceContext<Inviter>, userId: string, now: Date) {
  const account = await findInvitableAccount(ctx.db, ctx.viewer, userId);
  if (account.hasPassword) throw new ConflictError("This person has already set up their account, so there is nothing to send.");
  if (account.disabled) throw new ConflictError("This account is disabled. Re-enable it before sending an invitation.");
  const { token, tokenHash } = newLinkToken();
  const expiresAt = new Date(now.getTime() + INVITATION_DAYS * 24 * 60 * 60 * 1000);
  const invitation = await upsertLiveInvitation(ctx.db, { account, tokenHash, invitedById: ctx.viewer.userId, expiresAt, now });
  await queueEmail(ctx.db, {
    idempotencyKey: `invite:${invitation.id}:${invitation.sendCount}`,
    userId: account.userId,
    to: account.email,
    message: {
      template: "invitation",
      params: {
        path: `/invite/${token}`,
        practiceName: await findPracticeName(ctx.db, account.practiceId),
        role: account.role === "partner" ? "partner" : "counselor",
        expiresOn: new Intl.DateTimeFormat("en-US", { day: "numeric", month: "long", year: "numeric", timeZone: ctx.viewer.practiceTimeZone }).format(expiresAt),
      },
    },
  });
  await recordAudit(ctx.db, ctx.viewer, ctx.request, {
    action: invitation.sendCount > 1 ? "invitation.resend" : "invitation.send",
    entityType: "user",
    entityId: account.userId,
    coupleId: account.coupleId,
    details: { invitationId: invitation.id, sendCount: invitation.sendCount },
  });
  return { userId: account.userId, expiresAt, sendCount: invitation.sendCount };
}
