import { createSelectSchema } from "drizzle-zod";
import * as z from "zod";
import { ZNewPassword } from "@/server/auth/password-policy";
import { ZDisplayName, ZEmail } from "../_shared/fields";
import { ZLinkToken } from "../_shared/link-token";
import { invitations } from "./table";

/** An invitation as staff may see it: never the token hash. */
export const ZInvitation = createSelectSchema(invitations).omit({ tokenHash: true });

/** Send (or send again) the invitation of one account: a partner on the caller's caseload, or a counselor of the admin's practice. */
export const ZInvitationTarget = z.object({ userId: z.uuid("Unknown account") }).strict();

export const ZInvitationsForCouple = z.object({ coupleId: z.uuid("Unknown couple") }).strict();

export const ZInvitationToken = z.object({ token: ZLinkToken }).strict();

/** Accepting: the procedure's input. */
export const ZAcceptInvitationInput = z.object({ token: ZLinkToken, password: ZNewPassword }).strict();

/** The accept form: the procedure's input plus a confirmation typed twice. */
export const ZAcceptInvitationForm = z
  .object({ password: ZNewPassword, confirmPassword: z.string().max(256) })
  .strict()
  .refine((values) => values.password === values.confirmPassword, { path: ["confirmPassword"], message: "The two passwords don't match." });

/** An admin invites a counselor to the practice. */
export const ZInviteCounselorInput = z.object({ displayName: ZDisplayName, email: ZEmail }).strict();

/** An admin disables or re-enables an account of the practice. */
export const ZSetAccountDisabledInput = z.object({ userId: z.uuid("Unknown account"), disabled: z.boolean() }).strict();
