import { countUnusedRecoveryCodes, findTotp, isDemoAccount } from "@/db/queries/two-factor";
import { mfaRequiredFor } from "../../auth/mfa/requirement";
import { openTotpSecret } from "../../auth/mfa/sealed-secrets";
import { totpCodeForStep, totpStepAt } from "../../auth/mfa/totp";
import type { ServiceContext } from "../context";

export interface TwoFactorStatus {
  /** Staff must use it; partners may. */
  required: boolean;
  enrolled: boolean;
  /** This sign-in may go on (see mfaSatisfied). */
  satisfied: boolean;
  /** Only once this sign-in is through. */
  recoveryCodesLeft: number | null;
  /**
   * Demo practices only, whose accounts and authenticator secret are published: the
   * code an authenticator would show now (the next one if this one was just used).
   */
  demoCode: string | null;
}

export async function getTwoFactorStatus(ctx: ServiceContext, now: Date = new Date()): Promise<TwoFactorStatus> {
  const { viewer } = ctx;
  const recoveryCodesLeft = viewer.mfaEnrolled && viewer.mfaSatisfied ? await countUnusedRecoveryCodes(ctx.db, viewer.userId) : null;
  return {
    required: mfaRequiredFor(viewer.role),
    enrolled: viewer.mfaEnrolled,
    satisfied: viewer.mfaSatisfied,
    recoveryCodesLeft,
    demoCode: viewer.mfaEnrolled && !viewer.mfaSatisfied ? await demoCodeFor(ctx, now) : null,
  };
}

async function demoCodeFor(ctx: ServiceContext, now: Date): Promise<string | null> {
  if (!(await isDemoAccount(ctx.db, ctx.viewer.userId))) return null;
  const totp = await findTotp(ctx.db, ctx.viewer.userId);
  if (!totp?.confirmedAt) return null;
  const current = totpStepAt(now);
  const step = Math.max(current, (totp.lastUsedStep ?? 0) + 1);
  // Beyond one step ahead no code would be accepted yet; the page asks to wait a moment.
  return step <= current + 1 ? totpCodeForStep(openTotpSecret(ctx.viewer.userId, totp.secretCiphertext), step) : null;
}
