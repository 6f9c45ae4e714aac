import { savePendingTotp } from "@/db/queries/two-factor";
import { sealTotpSecret } from "../../auth/mfa/sealed-secrets";
import { newTotpSecret } from "../../auth/mfa/totp";
import { ConflictError } from "../../errors";
import type { ServiceContext } from "../context";
import { requireCurrentPassword } from "./confirm-password";
import { enrolmentMaterial } from "./enrolment-material";

/**
 * Starts setting up an authenticator: after the password, a new secret is stored
 * encrypted but unconfirmed, and returned once (QR code and text) for the app. Asking
 * for the password stops someone at an unlocked, signed-in device from tying the
 * account to their own phone.
 */
export async function beginTwoFactorSetup(ctx: ServiceContext, currentPassword: string, now: Date = new Date()) {
  if (ctx.viewer.mfaEnrolled) throw new ConflictError("Two-step verification is already on for this account.");
  await requireCurrentPassword(ctx, currentPassword, "mfa_setup", now);
  const secret = newTotpSecret();
  if (!(await savePendingTotp(ctx.db, ctx.viewer.userId, sealTotpSecret(ctx.viewer.userId, secret)))) {
    throw new ConflictError("Two-step verification is already on for this account.");
  }
  return enrolmentMaterial(secret, ctx.viewer.email);
}
