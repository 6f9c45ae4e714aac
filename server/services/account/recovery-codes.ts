import type { Database } from "@/db/client";
import { replaceRecoveryCodes } from "@/db/queries/two-factor";
import { getMfaKeys } from "../../auth/mfa/keys";
import { hashRecoveryCode, newRecoveryCodes, normalizeRecoveryCode } from "../../auth/mfa/recovery-codes";

/** New recovery codes replace the old ones; only their keyed hashes are stored, so this is the one time anyone sees them. */
export async function issueRecoveryCodes(db: Database, userId: string): Promise<string[]> {
  const codes = newRecoveryCodes();
  const key = getMfaKeys().recoveryCodes;
  await replaceRecoveryCodes(
    db,
    userId,
    codes.map((code) => hashRecoveryCode(key, userId, normalizeRecoveryCode(code)!)),
  );
  return codes;
}
