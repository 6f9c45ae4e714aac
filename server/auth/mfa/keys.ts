import { hkdfSync } from "node:crypto";
import { decodeKey, env } from "../../env.js";
import { getAuthSecret } from "../secret";

export interface MfaKeys {
  /** AES-256-GCM key for TOTP secrets at rest and for pending (unconfirmed) replacements. */
  secretEncryption: Buffer;
  /** HMAC-SHA256 key for recovery-code hashes, so a database copy alone can't test guesses. */
  recoveryCodes: Buffer;
  /** AES-256-GCM key for queued emails' address and link while they wait in email_deliveries. */
  mailPayload: Buffer;
}

let cached: MfaKeys | undefined;

/**
 * Both keys come from one root: MFA_ENCRYPTION_KEY when set, otherwise HKDF over the
 * session signing secret, so embedded and demo installs need no configuration. The
 * derived root changes with the signing secret, which would make every stored
 * authenticator unreadable: deployments that may rotate NEXTAUTH_SECRET set their own key.
 */
export function getMfaKeys(): MfaKeys {
  cached ??= mfaKeysFrom(env.MFA_ENCRYPTION_KEY, getAuthSecret);
  return cached;
}

export function mfaKeysFrom(configuredKey: string | undefined, signingSecret: () => string): MfaKeys {
  const configured = configuredKey ? decodeKey(configuredKey) : null;
  const root = configured ?? derive(signingSecret(), "mfa root key from the signing secret v1");
  return { secretEncryption: derive(root, "totp secret encryption v1"), recoveryCodes: derive(root, "recovery code hashing v1"), mailPayload: derive(root, "queued email payload v1") };
}

function derive(input: Buffer | string, info: string): Buffer {
  return Buffer.from(hkdfSync("sha256", input, "trellis", info, 32));
}
