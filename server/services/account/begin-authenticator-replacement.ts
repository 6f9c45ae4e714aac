import { sealPendingSecret } from "../../auth/mfa/sealed-secrets";
import { newTotpSecret } from "../../auth/mfa/totp";
import { ConflictError } from "../../errors";
import type { ServiceContext } from "../context";
import { requireCurrentPassword } from "./confirm-password";
import { enrolmentMaterial } from "./enrolment-material";
import { requireSecondFactor } from "./second-factor";

/**
 * After the password and a current code (or a recovery code, for a lost phone), a new
 * secret for the new app. It is stored nowhere yet: the browser holds it sealed to this
 * sign-in until the new app's first code confirms it, so the current authenticator
 * keeps working if the person stops halfway.
 */
export async function beginAuthenticatorReplacement(ctx: ServiceContext, sessionId: string, input: { currentPassword: string; code: string }, now: Date = new Date()) {
  if (!ctx.viewer.mfaEnrolled) throw new ConflictError("Two-step verification is off for this account.");
  await requireCurrentPassword(ctx, input.currentPassword, "mfa_replace", now);
  await requireSecondFactor(ctx, input.code, "mfa_replace", now);
  const secret = newTotpSecret();
  return { ...(await enrolmentMaterial(secret, ctx.viewer.email)), pendingToken: sealPendingSecret(ctx.viewer.userId, sessionId, secret, now) };
}
