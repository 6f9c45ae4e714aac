import { decode } from "next-auth/jwt";
import { cookies } from "next/headers";
import { cache } from "react";
import { env } from "../env.js";
import { logger } from "../logger";
import { claimsFromPayload, type SessionClaims } from "./claims";
import { getAuthSecret } from "./secret";

/** next-auth's own name for the session cookie: __Secure- prefixed whenever the public URL is https. */
export function sessionCookieName(publicUrl: string | undefined): string {
  return publicUrl?.startsWith("https://") ? "__Secure-next-auth.session-token" : "next-auth.session-token";
}
const SESSION_COOKIE = sessionCookieName(env.NEXTAUTH_URL);

/**
 * The claims in the current request's session cookie, not yet checked against the
 * database (resolveViewer does that on every request).
 *
 * Decoded directly with next-auth's `decode` (the same JWE, secret and expiry check)
 * rather than through `getServerSession`, which runs next-auth's whole session route
 * per call (CSRF token, callbacks, and re-encrypting a token nobody stores here) and cost
 * five times as much CPU on every request. Only the cookie is read: unlike `getToken`, no
 * Authorization header fallback.
 */
export const getSessionClaims = cache(async (): Promise<SessionClaims | null> => {
  const token = sessionTokenFrom((await cookies()).getAll());
  if (!token) return null;
  const claims = await claimsFromToken(token, getAuthSecret());
  // Expired, or signed with another secret (after a rotation, every old cookie lands here).
  if (!claims) logger.debug("a session cookie could not be read; the request is treated as signed out");
  return claims;
});

/**
 * The session token among a request's cookies. next-auth splits a large token into
 * `name.0`, `name.1`, …; ours carries ids only, but it is read the way next-auth writes it.
 */
export function sessionTokenFrom(all: { name: string; value: string }[], cookieName: string = SESSION_COOKIE): string | null {
  const chunkIndex = (name: string) => (name === cookieName ? 0 : Number.parseInt(name.slice(cookieName.length + 1), 10));
  const chunks = all
    .filter(({ name }) => name === cookieName || /^\d+$/.test(name.slice(cookieName.length + 1)) && name.startsWith(`${cookieName}.`))
    .sort((a, b) => chunkIndex(a.name) - chunkIndex(b.name));
  return chunks.map(({ value }) => value).join("") || null;
}

/** A session token's claims, or null when it is not ours, tampered with, expired or malformed. */
export async function claimsFromToken(token: string, secret: string): Promise<SessionClaims | null> {
  const payload = await decode({ token, secret }).catch(() => null);
  return payload ? claimsFromPayload(payload) : null;
}
