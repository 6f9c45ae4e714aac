import { chargeAttempt, clearThrottle } from "@/db/queries/auth-throttle";
import { findPasswordHash } from "@/db/queries/passwords";
import { spendVerificationTime, verifyPassword } from "../../auth/password";
import { ACCOUNT_RULE, accountKey, throttledKey } from "../../auth/throttle";
import { ThrottledError, ValidationError } from "../../errors";
import { recordAudit } from "../audit";
import type { ServiceContext } from "../context";

export const WRONG_PASSWORD = "That isn't your current password.";

/**
 * Asks a signed-in person for their password again (security.md S10). A wrong one
 * counts against the same throttle as signing in with that email, so re-asking can't
 * be used to guess faster than the sign-in page allows.
 */
export async function requireCurrentPassword(ctx: ServiceContext, password: string, purpose: string, now: Date): Promise<void> {
  const key = throttledKey(accountKey(ctx.viewer.email), ACCOUNT_RULE);
  const charge = await chargeAttempt(ctx.db, [key], now);
  if (!charge.allowed) {
    await spendVerificationTime(password);
    throw new ThrottledError();
  }
  const hash = await findPasswordHash(ctx.db, ctx.viewer.userId);
  const matches = hash ? await verifyPassword(hash, password) : (await spendVerificationTime(password), false);
  if (!matches) {
    await recordAudit(ctx.db, ctx.viewer, ctx.request, { action: "auth.reauth", entityType: "user", entityId: ctx.viewer.userId, outcome: "denied", details: { purpose } });
    throw new ValidationError({ currentPassword: [WRONG_PASSWORD] }, WRONG_PASSWORD);
  }
  await clearThrottle(ctx.db, key.key);
}
