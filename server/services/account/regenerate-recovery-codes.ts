import { ConflictError } from "../../errors";
import { recordAudit } from "../audit";
import type { ServiceContext } from "../context";
import { requireCurrentPassword } from "./confirm-password";
import { issueRecoveryCodes } from "./recovery-codes";
import { requireSecondFactor } from "./second-factor";

/** After the password and a current code, ten new recovery codes replace every old one (used or not). */
export async function regenerateRecoveryCodes(ctx: ServiceContext, input: { currentPassword: string; code: string }, now: Date = new Date()) {
  if (!ctx.viewer.mfaEnrolled) throw new ConflictError("Two-step verification is off for this account.");
  await requireCurrentPassword(ctx, input.currentPassword, "mfa_regenerate_codes", now);
  await requireSecondFactor(ctx, input.code, "mfa_regenerate_codes", now);
  const recoveryCodes = await ctx.db.transaction(async (tx) => {
    const codes = await issueRecoveryCodes(tx, ctx.viewer.userId);
    await recordAudit(tx, ctx.viewer, ctx.request, { action: "mfa.recovery_codes_regenerated", entityType: "user", entityId: ctx.viewer.userId });
    return codes;
  });
  return { recoveryCodes };
}
