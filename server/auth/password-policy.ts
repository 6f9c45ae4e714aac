import * as z from "zod";
import { isBreachedPassword } from "./breached-passwords";
import { ZCurrentPassword } from "./two-factor-schemas";

// Password rules (security.md S2, NIST SP 800-63B §3.1.1.2): length and a breached-list
// check only. Any character counts, spaces included; no composition rules; no expiry.

export const PASSWORD_MIN_LENGTH = 8;
export const PASSWORD_RECOMMENDED_LENGTH = 15;
export const PASSWORD_MAX_LENGTH = 128;

/** Characters as people count them (code points), so an emoji or an accented letter is one. */
function lengthOf(password: string): number {
  return [...password].length;
}

export const PASSWORD_HINT = `At least ${PASSWORD_MIN_LENGTH} characters; ${PASSWORD_RECOMMENDED_LENGTH} or more is better. A few unrelated words make a strong password that's easy to remember.`;

export const ZNewPassword = z
  .string()
  .refine((password) => lengthOf(password) >= PASSWORD_MIN_LENGTH, {
    message: `Use at least ${PASSWORD_MIN_LENGTH} characters (${PASSWORD_RECOMMENDED_LENGTH} or more is better).`,
    abort: true,
  })
  .refine((password) => lengthOf(password) <= PASSWORD_MAX_LENGTH, { message: `Use at most ${PASSWORD_MAX_LENGTH} characters.`, abort: true })
  .refine((password) => !isBreachedPassword(password), {
    message: "That password appears in lists of leaked passwords, so it's easy to guess. Choose another.",
  });

/** The account's own email (or the part before @) would be the first guess. */
export function isEmailAsPassword(password: string, email: string): boolean {
  const candidate = password.trim().toLowerCase();
  const normalized = email.trim().toLowerCase();
  return candidate === normalized || candidate === normalized.split("@")[0];
}

export const EMAIL_AS_PASSWORD_MESSAGE = "Don't use your email address as your password.";

export const ZChangePasswordInput = z
  .object({
    currentPassword: ZCurrentPassword,
    newPassword: ZNewPassword,
  })
  .strict();

/** The form's schema: the procedure's, plus the email rule it can only check knowing the account (the service checks it too). */
export function changePasswordSchemaFor(email: string) {
  return ZChangePasswordInput.superRefine((values, ctx) => {
    if (isEmailAsPassword(values.newPassword, email)) ctx.addIssue({ code: "custom", path: ["newPassword"], message: EMAIL_AS_PASSWORD_MESSAGE });
  });
}
