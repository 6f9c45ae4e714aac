import { markSessionMfaVerified } from "@/db/queries/two-factor";
import { ConflictError } from "../../errors";
import { recordAudit } from "../audit";
import type { ServiceContext } from "../context";
import { requireSecondFactor } from "./second-factor";

/**
 * The second step of signing in: a current code (or a recovery code) marks THIS
 * sign-in's user_sessions row as verified. Other sign-ins of the account are untouched.
 */
export async function verifyTwoFactor(ctx: ServiceContext, sessionId: string, code: string, now: Date = new Date()) {
  if (!ctx.viewer.mfaEnrolled) throw new ConflictError("This account doesn't use an authenticator yet.");
  if (ctx.viewer.mfaSatisfied) return { verified: true as const, recoveryCodesLeft: null };
  const factor = await requireSecondFactor(ctx, code, "sign_in", now);
  await ctx.db.transaction(async (tx) => {
    if (!(await markSessionMfaVerified(tx, ctx.viewer.userId, sessionId, now))) throw new ConflictError("This sign-in has ended. Please sign in again.");
    await recordAudit(tx, ctx.viewer, ctx.request, { action: "mfa.verified", entityType: "user", entityId: ctx.viewer.userId, details: { sessionId, method: factor.method } });
  });
  return { verified: true as const, recoveryCodesLeft: factor.method === "recovery_code" ? factor.remaining : null };
}
