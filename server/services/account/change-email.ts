import type { Database } from "@/db/client";
import { isUniqueViolation } from "@/db/errors";
import { claimAccountToken, findActiveAccount, issueAccountToken, switchEmail } from "@/db/queries/account-tokens";
import { bumpSessionVersion, findEmailsInUse, revokeAllUserSessions } from "@/db/queries/users";
import { newLinkToken, hashLinkToken } from "../../auth/link-tokens";
import { ConflictError, NotFoundError, ValidationError } from "../../errors";
import { requestMailFlush } from "../../jobs/boss";
import { queueEmail } from "../../mail/queue-email";
import type { RequestInfo } from "../../request-info";
import { recordAudit } from "../audit";
import type { ServiceContext } from "../context";
import { requireCurrentPassword } from "./confirm-password";

export const EMAIL_CHANGE_MINUTES = 60;
export const EMAIL_CHANGE_UNUSABLE = "This confirmation link can no longer be used. Ask for a new one from your account page.";
export const EMAIL_TAKEN = "That address is now used by another account, so your sign-in email stays as it was.";

/**
 * Starts moving the sign-in email, after the current password. The link goes to the
 * new address; the answer is the same whether that address is free or not (whether
 * someone has a Trellis account is itself confidential), and a taken one gets no mail.
 */
export async function requestEmailChange(ctx: ServiceContext, input: { newEmail: string; currentPassword: string }, now: Date = new Date()) {
  await requireCurrentPassword(ctx, input.currentPassword, "email_change", now);
  if (input.newEmail === ctx.viewer.email) throw new ValidationError({ newEmail: ["That is already your sign-in email."] });
  const { token, tokenHash } = newLinkToken();
  await ctx.db.transaction(async (tx) => {
    const free = (await findEmailsInUse(tx, [input.newEmail])).size === 0;
    if (free) {
      const issued = await issueAccountToken(tx, { userId: ctx.viewer.userId, purpose: "email_change", tokenHash, newEmail: input.newEmail, expiresAt: new Date(now.getTime() + EMAIL_CHANGE_MINUTES * 60_000), now });
      await queueEmail(tx, {
        idempotencyKey: `email-change:${issued.id}`,
        userId: ctx.viewer.userId,
        to: input.newEmail,
        message: { template: "email_change", params: { path: `/confirm-email/${token}`, validMinutes: EMAIL_CHANGE_MINUTES } },
      });
    }
    await recordAudit(tx, ctx.viewer, ctx.request, { action: "auth.email_change_requested", entityType: "user", entityId: ctx.viewer.userId, details: { sent: free } });
  });
  requestMailFlush();
  return { sent: true, validMinutes: EMAIL_CHANGE_MINUTES };
}

/**
 * Opens the link from the new address: the sign-in email moves if the address is still
 * free, every sign-in of the account ends, and the old address is told.
 */
export async function confirmEmailChange(db: Database, request: RequestInfo, input: { token: string }, now: Date = new Date()) {
  try {
    await db.transaction(async (tx) => {
      const claimed = await claimAccountToken(tx, "email_change", hashLinkToken(input.token), now);
      const account = claimed?.newEmail ? await findActiveAccount(tx, claimed.userId) : undefined;
      if (!claimed?.newEmail || !account) throw new NotFoundError(EMAIL_CHANGE_UNUSABLE);
      if (!(await switchEmail(tx, account.id, claimed.newEmail))) throw new ConflictError(EMAIL_TAKEN);
      await bumpSessionVersion(tx, account.id);
      await revokeAllUserSessions(tx, account.id, "email_changed");
      await queueEmail(tx, { idempotencyKey: `email-changed-notice:${claimed.id}`, userId: account.id, to: account.email, message: { template: "email_changed_notice", params: {} } });
      await recordAudit(tx, { userId: account.id, role: account.role }, request, { action: "auth.email_changed", entityType: "user", entityId: account.id, details: { tokenId: claimed.id } });
    });
  } catch (error) {
    if (isUniqueViolation(error, "users_email_key")) throw new ConflictError(EMAIL_TAKEN);
    throw error;
  }
  requestMailFlush();
  return { changed: true };
}
