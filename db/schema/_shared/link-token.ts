import * as z from "zod";

/**
 * The token of an emailed link (invitation, password reset, email change): 43 base64url
 * characters. Already in the page's own URL, so a query may carry it too.
 */
export const ZLinkToken = z
  .string()
  .max(43, "This link isn't complete. Open it again from the email.")
  .regex(/^[A-Za-z0-9_-]{43}$/, "This link isn't complete. Open it again from the email.");
