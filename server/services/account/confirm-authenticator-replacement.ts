import { chargeAttempt, clearThrottle } from "@/db/queries/auth-throttle";
import { markSessionMfaVerified, replaceConfirmedTotp } from "@/db/queries/two-factor";
import { openPendingSecret, sealTotpSecret } from "../../auth/mfa/sealed-secrets";
import { matchTotpCode } from "../../auth/mfa/totp";
import { throttledKey, TWO_FACTOR_RULE, twoFactorKey } from "../../auth/throttle";
import { ConflictError, ThrottledError, ValidationError } from "../../errors";
import { recordAudit } from "../audit";
import type { ServiceContext } from "../context";
import { WRONG_CODE } from "./second-factor";

/** The new app's first code swaps the stored secret in one transaction; recovery codes stay as they were. */
export async function confirmAuthenticatorReplacement(ctx: ServiceContext, sessionId: string, input: { pendingToken: string; code: string }, now: Date = new Date()) {
  const userId = ctx.viewer.userId;
  if (!ctx.viewer.mfaEnrolled) throw new ConflictError("Two-step verification is off for this account.");
  const secret = openPendingSecret(userId, sessionId, input.pendingToken, now);
  if (!secret) throw new ConflictError("This change has expired. Start again from your account page.");

  const key = throttledKey(twoFactorKey(userId), TWO_FACTOR_RULE);
  if (!(await chargeAttempt(ctx.db, [key], now)).allowed) throw new ThrottledError();
  const step = await matchTotpCode(secret, input.code, now, null);
  if (step === null) {
    await recordAudit(ctx.db, ctx.viewer, ctx.request, { action: "mfa.failed", entityType: "user", entityId: userId, outcome: "denied", details: { purpose: "mfa_replace" } });
    throw new ValidationError({ code: [WRONG_CODE] }, WRONG_CODE);
  }
  await ctx.db.transaction(async (tx) => {
    if (!(await replaceConfirmedTotp(tx, userId, sealTotpSecret(userId, secret), step, now))) throw new ConflictError("Two-step verification is off for this account.");
    await markSessionMfaVerified(tx, userId, sessionId, now);
    await clearThrottle(tx, key.key);
    await recordAudit(tx, ctx.viewer, ctx.request, { action: "mfa.replaced", entityType: "user", entityId: userId, details: { sessionId } });
  });
  return { replaced: true as const };
}
