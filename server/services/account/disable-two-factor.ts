import { deleteTwoFactor } from "@/db/queries/two-factor";
import { mfaRequiredFor } from "../../auth/mfa/requirement";
import { ConflictError } from "../../errors";
import { recordAudit } from "../audit";
import type { ServiceContext } from "../context";
import { requireCurrentPassword } from "./confirm-password";
import { requireSecondFactor } from "./second-factor";

/** A partner may turn two-step verification off again, with the password and a current code; staff never can. */
export async function disableTwoFactor(ctx: ServiceContext, input: { currentPassword: string; code: string }, now: Date = new Date()) {
  // The policy already admits partners only; this holds even if that entry changes.
  if (mfaRequiredFor(ctx.viewer.role)) throw new ConflictError("Counselors and administrators must keep two-step verification on.");
  if (!ctx.viewer.mfaEnrolled) throw new ConflictError("Two-step verification is already off.");
  await requireCurrentPassword(ctx, input.currentPassword, "mfa_disable", now);
  await requireSecondFactor(ctx, input.code, "mfa_disable", now);
  await ctx.db.transaction(async (tx) => {
    await deleteTwoFactor(tx, ctx.viewer.userId);
    await recordAudit(tx, ctx.viewer, ctx.request, { action: "mfa.disabled", entityType: "user", entityId: ctx.viewer.userId });
  });
  return { disabled: true as const };
}
