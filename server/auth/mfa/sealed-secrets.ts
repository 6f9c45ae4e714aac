import { getMfaKeys } from "./keys";
import { open, seal } from "./secret-box";

/** A TOTP secret as stored in user_totp, bound to its account. */
export function sealTotpSecret(userId: string, secret: string): string {
  return seal(secret, getMfaKeys().secretEncryption, `totp:${userId}`);
}

export function openTotpSecret(userId: string, box: string): string {
  const secret = open(box, getMfaKeys().secretEncryption, `totp:${userId}`);
  // Only a changed MFA_ENCRYPTION_KEY (or signing secret it was derived from) gets here.
  if (secret === null) throw new Error("stored TOTP secret could not be decrypted with the current key");
  return secret;
}

const PENDING_SECONDS = 15 * 60;

/**
 * A new authenticator waiting for its first code, handed to the browser sealed: only
 * this sign-in of this account can present it back, within 15 minutes. The account's
 * current authenticator keeps working until the new one is confirmed.
 */
export function sealPendingSecret(userId: string, sessionId: string, secret: string, now: Date): string {
  return seal(JSON.stringify({ secret, expires: now.getTime() + PENDING_SECONDS * 1000 }), getMfaKeys().secretEncryption, `pending:${userId}:${sessionId}`);
}

export function openPendingSecret(userId: string, sessionId: string, token: string, now: Date): string | null {
  const opened = open(token, getMfaKeys().secretEncryption, `pending:${userId}:${sessionId}`);
  if (opened === null) return null;
  const { secret, expires } = JSON.parse(opened) as { secret: string; expires: number };
  return expires > now.getTime() ? secret : null;
}
