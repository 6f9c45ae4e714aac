import { chargeAttempt, clearThrottle } from "@/db/queries/auth-throttle";
import { claimRecoveryCode, claimTotpStep, countUnusedRecoveryCodes, findTotp } from "@/db/queries/two-factor";
import { getMfaKeys } from "../../auth/mfa/keys";
import { hashRecoveryCode, normalizeRecoveryCode } from "../../auth/mfa/recovery-codes";
import { openTotpSecret } from "../../auth/mfa/sealed-secrets";
import { matchTotpCode } from "../../auth/mfa/totp";
import { throttledKey, TWO_FACTOR_RULE, twoFactorKey } from "../../auth/throttle";
import { ThrottledError, ValidationError } from "../../errors";
import { recordAudit } from "../audit";
import type { ServiceContext } from "../context";

export type SecondFactor = { method: "totp"; step: number } | { method: "recovery_code"; remaining: number };

export const WRONG_CODE = "That code didn't work. Codes change every 30 seconds and each one works once: enter the newest, or a recovery code.";

/**
 * Checks a code against the account's confirmed authenticator or its unused recovery
 * codes. The attempt counts against the account's two-step throttle first, and while
 * that is blocked nothing is checked. A code's time step, or a recovery code, is used
 * up the moment it matches, so no code works twice. Failures are audited (mfa.failed),
 * as is every recovery code used.
 */
export async function checkSecondFactor(ctx: ServiceContext, code: string, purpose: string, now: Date): Promise<SecondFactor | null> {
  const key = throttledKey(twoFactorKey(ctx.viewer.userId), TWO_FACTOR_RULE);
  const charge = await chargeAttempt(ctx.db, [key], now);
  if (!charge.allowed) throw new ThrottledError();

  const factor = await matchFactor(ctx, code, now);
  if (!factor) {
    await recordAudit(ctx.db, ctx.viewer, ctx.request, { action: "mfa.failed", entityType: "user", entityId: ctx.viewer.userId, outcome: "denied", details: { purpose } });
    return null;
  }
  await clearThrottle(ctx.db, key.key);
  if (factor.method === "recovery_code") {
    await recordAudit(ctx.db, ctx.viewer, ctx.request, {
      action: "mfa.recovery_code_used",
      entityType: "user",
      entityId: ctx.viewer.userId,
      details: { purpose, remaining: factor.remaining },
    });
  }
  return factor;
}

/** The same, for forms: a wrong code becomes a message on the code field. */
export async function requireSecondFactor(ctx: ServiceContext, code: string, purpose: string, now: Date): Promise<SecondFactor> {
  const factor = await checkSecondFactor(ctx, code, purpose, now);
  if (!factor) throw new ValidationError({ code: [WRONG_CODE] }, WRONG_CODE);
  return factor;
}

async function matchFactor(ctx: ServiceContext, code: string, now: Date): Promise<SecondFactor | null> {
  const userId = ctx.viewer.userId;
  const totp = await findTotp(ctx.db, userId);
  if (!totp?.confirmedAt) return null;
  const digits = code.replace(/\s/g, "");
  if (/^\d{6}$/.test(digits)) {
    const step = await matchTotpCode(openTotpSecret(userId, totp.secretCiphertext), digits, now, totp.lastUsedStep);
    return step !== null && (await claimTotpStep(ctx.db, userId, step)) ? { method: "totp", step } : null;
  }
  const normalized = normalizeRecoveryCode(code);
  if (!normalized) return null;
  const claimed = await claimRecoveryCode(ctx.db, userId, hashRecoveryCode(getMfaKeys().recoveryCodes, userId, normalized), now);
  return claimed ? { method: "recovery_code", remaining: await countUnusedRecoveryCodes(ctx.db, userId) } : null;
}
