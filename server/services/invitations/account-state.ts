import type { LatestInvitation } from "@/db/queries/invitations";

/** Where an account stands on its way in, as staff see it. */
export type AccountState =
  | { state: "active" }
  | { state: "disabled" }
  | { state: "not_invited" }
  | { state: "invited"; lastSentAt: Date; expiresAt: Date; sendCount: number }
  | { state: "expired"; lastSentAt: Date; expiresAt: Date }
  | { state: "revoked"; lastSentAt: Date };

export function accountState(account: { hasPassword: boolean; disabled: boolean }, invitation: LatestInvitation | undefined, now: Date): AccountState {
  if (account.disabled) return { state: "disabled" };
  if (account.hasPassword) return { state: "active" };
  if (!invitation || invitation.acceptedAt) return { state: "not_invited" };
  if (invitation.revokedAt) return { state: "revoked", lastSentAt: invitation.lastSentAt };
  if (invitation.expiresAt <= now) return { state: "expired", lastSentAt: invitation.lastSentAt, expiresAt: invitation.expiresAt };
  return { state: "invited", lastSentAt: invitation.lastSentAt, expiresAt: invitation.expiresAt, sendCount: invitation.sendCount };
}
