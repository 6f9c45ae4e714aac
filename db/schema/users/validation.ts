import { createSelectSchema } from "drizzle-zod";
import { z } from "zod";
import { users } from "./table";

/** Emails are compared trimmed and lower-cased everywhere (the table enforces it). */
export const ZEmail = z
  .string()
  .trim()
  .toLowerCase()
  .max(254, "Email addresses are at most 254 characters")
  .pipe(z.email("Enter a valid email address"));

export const ZDisplayName = z
  .string()
  .trim()
  .min(1, "Enter a name")
  .max(80, "Keep names to 80 characters or fewer");

/** What a client may ever learn about an account: never the hash, never the session version. */
export const ZPublicUser = createSelectSchema(users).pick({
  id: true,
  role: true,
  email: true,
  displayName: true,
});
