import { z } from "zod";
import { ZEmail } from "@/db/schema/_shared/fields";

/** The sign-in form and the credentials check share this schema. */
export const ZLoginInput = z.object({
  email: ZEmail,
  password: z.string().min(1, "Enter your password").max(256, "That password is too long"),
});
