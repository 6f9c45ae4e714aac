import * as z from "zod";
import { ZEmail } from "@/db/schema/_shared/fields";

/**
 * The sign-in form and the credentials check share this schema. It has a module of its
 * own because the sign-in form reaches every signed-in page (the idle timeout signs in
 * again in place), and the account schemas in ./schemas bring the breached-password
 * list (./password-policy), about 220 kB of compressed JavaScript, wherever they go.
 */
export const ZLoginInput = z.object({
  email: ZEmail,
  password: z.string().min(1, "Enter your password").max(256, "That password is too long"),
});
