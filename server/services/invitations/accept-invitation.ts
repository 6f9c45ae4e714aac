import { claimInvitation, findInvitationByTokenHash, setFirstPassword } from "@/db/queries/invitations";
import { hashLinkToken } from "../../auth/link-tokens";
import { hashPassword } from "../../auth/password";
import { EMAIL_AS_PASSWORD_MESSAGE, isEmailAsPassword } from "../../auth/password-policy";
import type { RequestInfo } from "../../request-info";
import type { Database } from "@/db/client";
import { NotFoundError, ValidationError } from "../../errors";
import { recordAudit } from "../audit";

export const INVITATION_UNUSABLE = "This invitation link can no longer be used. Ask whoever invited you to send a new one.";

export type InvitationLinkState =
  | { state: "valid"; email: string; practiceName: string; role: "partner" | "counselor" | "admin" }
  | { state: "used" | "expired" | "unavailable" };

/** What the accept page shows for a link. Revoked, replaced and unknown links look the same. */
export async function inspectInvitation(db: Database, token: string, now: Date = new Date()): Promise<InvitationLinkState> {
  const row = await findInvitationByTokenHash(db, hashLinkToken(token));
  if (!row || row.revokedAt || row.disabled) return { state: "unavailable" };
  if (row.acceptedAt || row.hasPassword) return { state: "used" };
  if (row.expiresAt <= now) return { state: "expired" };
  return { state: "valid", email: row.email, practiceName: row.practiceName, role: row.role };
}

/**
 * Sets the account's first password from a live invitation. The claim is one
 * conditional update, so a link works once even when opened twice at the same moment;
 * the password is set in the same transaction, only on an account that has none.
 */
export async function acceptInvitation(db: Database, request: RequestInfo, input: { token: string; password: string }, now: Date = new Date()) {
  const tokenHash = hashLinkToken(input.token);
  const preview = await findInvitationByTokenHash(db, tokenHash);
  if (preview && isEmailAsPassword(input.password, preview.email)) throw new ValidationError({ password: [EMAIL_AS_PASSWORD_MESSAGE] });
  const passwordHash = await hashPassword(input.password);
  const accepted = await db.transaction(async (tx) => {
    const claimed = await claimInvitation(tx, tokenHash, now);
    // Unknown, used, revoked or expired; or the account already has a password or is disabled.
    if (!claimed || !preview || !(await setFirstPassword(tx, claimed.userId, passwordHash))) throw new NotFoundError(INVITATION_UNUSABLE);
    await recordAudit(tx, { userId: claimed.userId, role: claimed.role }, request, {
      action: "invitation.accept",
      entityType: "user",
      entityId: claimed.userId,
      coupleId: claimed.coupleId,
      details: { invitationId: claimed.id },
    });
    return { email: preview.email, role: claimed.role };
  });
  return accepted;
}
