import { revokeOtherUserSessions, updatePasswordHash } from "@/db/queries/passwords";
import { hashPassword } from "../../auth/password";
import { requestMailFlush } from "../../jobs/boss";
import { queueEmail } from "../../mail/queue-email";
import { EMAIL_AS_PASSWORD_MESSAGE, isEmailAsPassword } from "../../auth/password-policy";
import { ValidationError } from "../../errors";
import { recordAudit } from "../audit";
import type { ServiceContext } from "../context";
import { requireCurrentPassword } from "./confirm-password";

/**
 * A new password (already checked by ZNewPassword) after the current one. Every other
 * open sign-in of the account ends; this one stays, so the person isn't thrown out of
 * the page they are on.
 */
export async function changePassword(ctx: ServiceContext, sessionId: string, input: { currentPassword: string; newPassword: string }, now: Date = new Date()) {
  if (isEmailAsPassword(input.newPassword, ctx.viewer.email)) throw new ValidationError({ newPassword: [EMAIL_AS_PASSWORD_MESSAGE] });
  await requireCurrentPassword(ctx, input.currentPassword, "password_change", now);
  const passwordHash = await hashPassword(input.newPassword);
  const signedOut = await ctx.db.transaction(async (tx) => {
    await updatePasswordHash(tx, ctx.viewer.userId, passwordHash);
    const revoked = await revokeOtherUserSessions(tx, ctx.viewer.userId, sessionId, "password_changed", now);
    await recordAudit(tx, ctx.viewer, ctx.request, { action: "auth.password_changed", entityType: "user", entityId: ctx.viewer.userId, details: { sessionId, otherSessionsEnded: revoked } });
    // A notice to the account's own address (C4), so a change someone else made doesn't go unnoticed.
    await queueEmail(tx, {
      idempotencyKey: `password-changed:${ctx.viewer.userId}:${now.getTime()}`,
      userId: ctx.viewer.userId,
      to: ctx.viewer.email,
      message: { template: "password_changed_notice", params: {} },
    });
    return revoked;
  });
  requestMailFlush();
  return { otherSessionsEnded: signedOut };
}
