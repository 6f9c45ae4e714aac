import * as z from "zod";

// Inputs of the two-step verification procedures, shared with their forms. Plain zod
// and no Node modules, so client components can import them.

/** No 0/O or 1/I: recovery codes are read off paper and typed by hand. */
export const RECOVERY_CODE_ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";
const RECOVERY_CODE_LENGTH = 10;

/** A recovery code as stored (case, spaces and dashes don't matter), or null when it can't be one. */
export function normalizeRecoveryCode(input: string): string | null {
  const compact = input.toUpperCase().replace(/[\s-]/g, "");
  return compact.length === RECOVERY_CODE_LENGTH && [...compact].every((char) => RECOVERY_CODE_ALPHABET.includes(char)) ? compact : null;
}

export const ZCurrentPassword = z.string().min(1, "Enter your current password").max(256, "That password is too long");

/** The six digits an authenticator app shows; spaces (as some apps group them) are ignored. */
export const ZAuthenticatorCode = z
  .string()
  .max(32, "Enter the 6-digit code your app shows")
  .transform((value) => value.replace(/\s/g, ""))
  .pipe(z.string().min(1, "Enter the 6-digit code your app shows").regex(/^\d{6}$/, "Enter the 6-digit code your app shows"));

/** Either an authenticator code or one of the account's recovery codes. */
export const ZSecondFactorCode = z
  .string()
  .max(32, "Enter the 6-digit code from your app, or a recovery code")
  .transform((value) => value.trim())
  .pipe(
    z
      .string()
      .min(1, "Enter the 6-digit code from your app, or a recovery code")
      .refine((value) => /^\d{6}$/.test(value.replace(/\s/g, "")) || normalizeRecoveryCode(value) !== null, {
        message: "Enter the 6-digit code from your app, or a recovery code like ABCDE-FGHJK",
      }),
  );

export const ZVerifyTwoFactorInput = z.object({ code: ZSecondFactorCode }).strict();
export const ZBeginTwoFactorSetupInput = z.object({ currentPassword: ZCurrentPassword }).strict();
export const ZConfirmTwoFactorSetupInput = z.object({ code: ZAuthenticatorCode }).strict();
/** Changing how an account signs in asks for both factors again (security.md S10). */
export const ZReauthenticateInput = z.object({ currentPassword: ZCurrentPassword, code: ZSecondFactorCode }).strict();
export const ZConfirmReplacementInput = z
  .object({
    /** The sealed new secret from beginAuthenticatorReplacement; only this sign-in can open it. */
    pendingToken: z.string().min(1).max(2_000),
    code: ZAuthenticatorCode,
  })
  .strict();
