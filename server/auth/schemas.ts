import * as z from "zod";
import { ZEmail } from "@/db/schema/_shared/fields";
import { ZLinkToken } from "@/db/schema/_shared/link-token";
import { ZNewPassword } from "./password-policy";
import { ZCurrentPassword } from "./two-factor-schemas";

// Emailed links of account self-service (password reset, email change). Plain zod, shared by forms and procedures.

export const ZRequestPasswordResetInput = z.object({ email: ZEmail }).strict();

export const ZResetPasswordInput = z.object({ token: ZLinkToken, newPassword: ZNewPassword }).strict();

/** The reset form: the new password twice. */
export const ZResetPasswordForm = z
  .object({ newPassword: ZNewPassword, confirmPassword: z.string().max(256) })
  .strict()
  .refine((values) => values.newPassword === values.confirmPassword, { path: ["confirmPassword"], message: "The two passwords don't match." });

export const ZRequestEmailChangeInput = z.object({ newEmail: ZEmail, currentPassword: ZCurrentPassword }).strict();

export const ZConfirmEmailChangeInput = z.object({ token: ZLinkToken }).strict();

export const ZInspectAccountLinkInput = z.object({ purpose: z.enum(["password_reset", "email_change"]), token: ZLinkToken }).strict();
