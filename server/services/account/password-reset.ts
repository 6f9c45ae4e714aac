import type { Database } from "@/db/client";
import { claimAccountToken, findActiveAccount, findLiveAccountToken, findResettableAccount, issueAccountToken } from "@/db/queries/account-tokens";
import { chargeAttempt, clearThrottle } from "@/db/queries/auth-throttle";
import { updatePasswordHash } from "@/db/queries/passwords";
import { bumpSessionVersion, revokeAllUserSessions } from "@/db/queries/users";
import { hashLinkToken, newLinkToken } from "../../auth/link-tokens";
import { hashPassword } from "../../auth/password";
import { EMAIL_AS_PASSWORD_MESSAGE, isEmailAsPassword } from "../../auth/password-policy";
import { ACCOUNT_RULE, ADDRESS_RULE, accountKey, addressKey, throttledKey } from "../../auth/throttle";
import { NotFoundError, ValidationError } from "../../errors";
import { requestMailFlush } from "../../jobs/boss";
import { logger } from "../../logger";
import { queueEmail } from "../../mail/queue-email";
import type { RequestInfo } from "../../request-info";
import { recordAudit } from "../audit";

export const RESET_MINUTES = 30;
export const RESET_UNUSABLE = "This reset link can no longer be used. Ask for a new one from the sign-in page.";

/**
 * "Forgot your password?": one answer whatever the address (unknown, disabled, not yet
 * joined, throttled), so the page can't be used to learn who has an account. A link
 * goes out only for an active account with a password; it works once, for 30 minutes,
 * and replaces any earlier one. Requests count against their own throttle per address
 * and per email, so the form can't be used to flood someone's inbox.
 */
export async function requestPasswordReset(db: Database, request: RequestInfo, input: { email: string }, now: Date = new Date()) {
  const keys = [throttledKey(`reset:${accountKey(input.email)}`, ACCOUNT_RULE), ...(request.ip ? [throttledKey(`reset:${addressKey(request.ip)}`, ADDRESS_RULE)] : [])];
  const charge = await chargeAttempt(db, keys, now);
  // Made for every request, used or not, so both paths do the same work up to the lookup.
  const { token, tokenHash } = newLinkToken();
  if (!charge.allowed) {
    logger.info({ requestId: request.id }, "password reset request throttled");
    return { requested: true };
  }
  const account = await findResettableAccount(db, input.email);
  if (account) {
    await db.transaction(async (tx) => {
      const issued = await issueAccountToken(tx, { userId: account.id, purpose: "password_reset", tokenHash, expiresAt: new Date(now.getTime() + RESET_MINUTES * 60_000), now });
      await queueEmail(tx, {
        idempotencyKey: `password-reset:${issued.id}`,
        userId: account.id,
        to: account.email,
        message: { template: "password_reset", params: { path: `/reset-password/${token}`, validMinutes: RESET_MINUTES } },
      });
      await recordAudit(tx, null, request, { action: "auth.password_reset_requested", entityType: "user", entityId: account.id });
    });
    requestMailFlush();
  }
  return { requested: true };
}

export async function inspectAccountLink(db: Database, input: { purpose: "password_reset" | "email_change"; token: string }, now: Date = new Date()) {
  return { state: await findLiveAccountToken(db, input.purpose, hashLinkToken(input.token), now) };
}

/**
 * Sets a new password from a reset link, once. Every sign-in of the account ends (the
 * session version moves on and open sessions are closed), and a notice goes to the
 * account's address.
 */
export async function resetPassword(db: Database, request: RequestInfo, input: { token: string; newPassword: string }, now: Date = new Date()) {
  const passwordHash = await hashPassword(input.newPassword);
  await db.transaction(async (tx) => {
    const claimed = await claimAccountToken(tx, "password_reset", hashLinkToken(input.token), now);
    const account = claimed ? await findActiveAccount(tx, claimed.userId) : undefined;
    if (!claimed || !account) throw new NotFoundError(RESET_UNUSABLE);
    // Thrown inside the transaction, so the link stays usable for a better password.
    if (isEmailAsPassword(input.newPassword, account.email)) throw new ValidationError({ newPassword: [EMAIL_AS_PASSWORD_MESSAGE] });
    await updatePasswordHash(tx, account.id, passwordHash);
    await bumpSessionVersion(tx, account.id);
    await revokeAllUserSessions(tx, account.id, "password_reset");
    await clearThrottle(tx, accountKey(account.email));
    await queueEmail(tx, { idempotencyKey: `password-reset-notice:${claimed.id}`, userId: account.id, to: account.email, message: { template: "password_changed_notice", params: {} } });
    await recordAudit(tx, { userId: account.id, role: account.role }, request, { action: "auth.password_reset", entityType: "user", entityId: account.id, details: { tokenId: claimed.id } });
  });
  requestMailFlush();
  return { reset: true };
}
