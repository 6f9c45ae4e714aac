import { createHmac, randomInt } from "node:crypto";
import { RECOVERY_CODE_ALPHABET as ALPHABET } from "../two-factor-schemas";

export { normalizeRecoveryCode } from "../two-factor-schemas";

const LENGTH = 10;
export const RECOVERY_CODE_COUNT = 10;

/** Ten codes of 50 random bits each, shown as `ABCDE-FGHJK`. */
export function newRecoveryCodes(): string[] {
  return Array.from({ length: RECOVERY_CODE_COUNT }, () => {
    const chars = Array.from({ length: LENGTH }, () => ALPHABET[randomInt(ALPHABET.length)]).join("");
    return `${chars.slice(0, 5)}-${chars.slice(5)}`;
  });
}

/** Keyed and per account, so equal codes of two people never collide and a stolen table can't be searched offline. */
export function hashRecoveryCode(key: Buffer, userId: string, normalized: string): string {
  return createHmac("sha256", key).update(`${userId}:${normalized}`).digest("hex");
}
