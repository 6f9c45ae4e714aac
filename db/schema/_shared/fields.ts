import * as z from "zod";

// Field rules shared by forms and procedures. Plain zod, so client components can
// import them without pulling the table definitions into the browser bundle.

/** Emails are compared trimmed and lower-cased everywhere (the users table enforces it). */
export const ZEmail = z
  .string()
  .trim()
  .toLowerCase()
  .min(1, "Enter an email address")
  .max(254, "Email addresses are at most 254 characters")
  .pipe(z.email("Enter a valid email address, like name@example.com"));

export const ZDisplayName = z
  .string()
  .trim()
  .min(1, "Enter a name")
  .max(80, "Keep names to 80 characters or fewer");
