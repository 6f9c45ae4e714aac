import type { z } from "zod";
import { isUniqueViolation } from "@/db/errors";
import { latestInvitationsOf, revokeLiveInvitation } from "@/db/queries/invitations";
import { findPracticeMemberAccount, insertCounselorAccount, listPracticeCounselors, setAccountDisabledFlag } from "@/db/queries/practice";
import { bumpSessionVersion, findEmailsInUse, revokeAllUserSessions } from "@/db/queries/users";
import type { ZInviteCounselorInput } from "@/db/schema/invitations/validation";
import type { AdminViewer } from "../../auth/viewer";
import { ConflictError, NotFoundError, ValidationError } from "../../errors";
import { requestMailFlush } from "../../jobs/boss";
import { recordAudit } from "../audit";
import type { ServiceContext } from "../context";
import { accountState } from "../invitations/account-state";
import { inviteAccount } from "../invitations/send-invitation";

const EMAIL_UNAVAILABLE = "This email can't be used for a new account. Ask the counselor for another address.";

/** Counselor accounts of the admin's practice with where each stands; no clinical data. */
export async function listCounselorAccounts(ctx: ServiceContext<AdminViewer>, now: Date = new Date()) {
  const counselors = await listPracticeCounselors(ctx.db, ctx.viewer.practiceId);
  const invitations = await latestInvitationsOf(ctx.db, counselors.map((counselor) => counselor.id));
  return counselors.map((counselor) => ({
    ...counselor,
    account: accountState({ hasPassword: Boolean(counselor.hasJoined), disabled: counselor.disabled }, invitations.get(counselor.id), now),
  }));
}

/** Creates a counselor account (no password) and sends its invitation, in one transaction. */
export async function inviteCounselor(ctx: ServiceContext<AdminViewer>, input: z.output<typeof ZInviteCounselorInput>, now: Date = new Date()) {
  try {
    const result = await ctx.db.transaction(async (tx) => {
      if ((await findEmailsInUse(tx, [input.email])).size > 0) throw new ValidationError({ email: [EMAIL_UNAVAILABLE] });
      const account = await insertCounselorAccount(tx, { practiceId: ctx.viewer.practiceId, email: input.email, displayName: input.displayName });
      await recordAudit(tx, ctx.viewer, ctx.request, { action: "practice.counselor_created", entityType: "user", entityId: account.id });
      return inviteAccount({ ...ctx, db: tx }, account.id, now);
    });
    requestMailFlush();
    return result;
  } catch (error) {
    if (isUniqueViolation(error, "users_email_key")) throw new ValidationError({ email: [EMAIL_UNAVAILABLE] });
    throw error;
  }
}

/**
 * Disables or re-enables a counselor or partner account of the admin's practice.
 * Disabling signs the person out at once: the session version moves on, open sessions
 * close, and a pending invitation stops working.
 */
export async function setAccountDisabled(ctx: ServiceContext<AdminViewer>, input: { userId: string; disabled: boolean }, now: Date = new Date()) {
  if (input.userId === ctx.viewer.userId) throw new ConflictError("You can't disable your own account.");
  return ctx.db.transaction(async (tx) => {
    const account = await findPracticeMemberAccount(tx, ctx.viewer.practiceId, input.userId);
    if (!account) throw new NotFoundError();
    if (account.disabled !== input.disabled) {
      await setAccountDisabledFlag(tx, account.id, input.disabled, now);
      if (input.disabled) {
        await bumpSessionVersion(tx, account.id);
        await revokeAllUserSessions(tx, account.id, "disabled");
        await revokeLiveInvitation(tx, account.id, now);
      }
    }
    await recordAudit(tx, ctx.viewer, ctx.request, {
      action: input.disabled ? "practice.account_disabled" : "practice.account_enabled",
      entityType: "user",
      entityId: account.id,
      details: { role: account.role, changed: account.disabled !== input.disabled },
    });
    return { userId: account.id, disabled: input.disabled };
  });
}
