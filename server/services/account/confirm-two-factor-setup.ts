import { chargeAttempt, clearThrottle } from "@/db/queries/auth-throttle";
import { confirmPendingTotp, findTotp, markSessionMfaVerified } from "@/db/queries/two-factor";
import { openTotpSecret } from "../../auth/mfa/sealed-secrets";
import { matchTotpCode } from "../../auth/mfa/totp";
import { throttledKey, TWO_FACTOR_RULE, twoFactorKey } from "../../auth/throttle";
import { ConflictError, ThrottledError, ValidationError } from "../../errors";
import { recordAudit } from "../audit";
import type { ServiceContext } from "../context";
import { issueRecoveryCodes } from "./recovery-codes";
import { WRONG_CODE } from "./second-factor";

/**
 * The first correct code from the new app confirms it. In one transaction: the
 * authenticator is confirmed (that code's step counts as used), ten recovery codes
 * replace any earlier ones, this sign-in counts as verified, and it is audited. The
 * codes are returned this once.
 */
export async function confirmTwoFactorSetup(ctx: ServiceContext, sessionId: string, code: string, now: Date = new Date()) {
  const userId = ctx.viewer.userId;
  const pending = await findTotp(ctx.db, userId);
  if (!pending || pending.confirmedAt) throw new ConflictError("There's no set-up in progress. Start again from the beginning.");

  const key = throttledKey(twoFactorKey(userId), TWO_FACTOR_RULE);
  if (!(await chargeAttempt(ctx.db, [key], now)).allowed) throw new ThrottledError();
  const step = await matchTotpCode(openTotpSecret(userId, pending.secretCiphertext), code, now, null);
  if (step === null) {
    await recordAudit(ctx.db, ctx.viewer, ctx.request, { action: "mfa.failed", entityType: "user", entityId: userId, outcome: "denied", details: { purpose: "mfa_setup" } });
    throw new ValidationError({ code: [WRONG_CODE] }, WRONG_CODE);
  }

  const recoveryCodes = await ctx.db.transaction(async (tx) => {
    if (!(await confirmPendingTotp(tx, userId, pending.secretCiphertext, step, now))) {
      throw new ConflictError("This set-up was replaced by a newer one. Use the code from the newest QR code.");
    }
    const codes = await issueRecoveryCodes(tx, userId);
    await markSessionMfaVerified(tx, userId, sessionId, now);
    await clearThrottle(tx, key.key);
    await recordAudit(tx, ctx.viewer, ctx.request, { action: "mfa.enrolled", entityType: "user", entityId: userId, details: { sessionId } });
    return codes;
  });
  return { recoveryCodes };
}
