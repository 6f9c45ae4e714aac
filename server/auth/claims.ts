import * as z from "zod";
import { USER_ROLES } from "@/db/schema/_shared/enums";

/** What the signed session token carries. Everything else is read from the database per request. */
export const ZSessionClaims = z.object({
  userId: z.uuid(),
  /** The user_sessions row of this sign-in; signing out revokes it. */
  sessionId: z.uuid(),
  role: z.enum(USER_ROLES),
  sessionVersion: z.int().min(1),
  /** Seconds since the epoch when the password was checked; bounds the session's absolute lifetime. */
  authTime: z.int().min(0),
});
export type SessionClaims = z.infer<typeof ZSessionClaims>;

/** The claims of a decoded session token (the field names the jwt callback writes), or null when they don't hold. */
export function claimsFromPayload(payload: Record<string, unknown>): SessionClaims | null {
  const claims = ZSessionClaims.safeParse({
    userId: payload.uid,
    sessionId: payload.sid,
    role: payload.role,
    sessionVersion: payload.sv,
    authTime: payload.authTime,
  });
  return claims.success ? claims.data : null;
}

/** However active the user is, a sign-in lasts at most this long. */
export const ABSOLUTE_SESSION_SECONDS = 12 * 60 * 60;
