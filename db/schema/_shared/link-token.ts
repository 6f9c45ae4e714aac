import { z } from "zod";

/** The token of an emailed link (invitation, password reset, email change): 43 base64url characters. */
export const ZLinkToken = z.string().regex(/^[A-Za-z0-9_-]{43}$/, "This link isn't complete. Open it again from the email.");
