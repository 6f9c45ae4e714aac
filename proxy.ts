import { NextResponse, type NextRequest } from "next/server";
import { env } from "./server/env.js";
import { contentSecurityPolicy, newNonce } from "./server/http/content-security-policy";

// The public URL says whether browsers reach Trellis over TLS (a TLS-terminating proxy
// in front means the request itself arrives over plain http).
const servedOverTls = env.NEXTAUTH_URL?.startsWith("https://") ?? false;

/**
 * Sets the per-request Content-Security-Policy, and nothing else. It is never a
 * security boundary: every layout, page and procedure authorizes on its own, so a
 * request that skips this file (a matcher gap, a framework bypass) gains no data,
 * only a page without its CSP.
 */
export function proxy(request: NextRequest) {
  const nonce = newNonce();
  const policy = contentSecurityPolicy({ nonce, servedOverTls, development: env.NODE_ENV === "development" });
  // Next reads the nonce from the request's CSP header and applies it to its scripts.
  const headers = new Headers(request.headers);
  headers.set("content-security-policy", policy);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set("content-security-policy", policy);
  return response;
}

export const config = {
  // Pages only: static files carry no script, and API responses get a fixed
  // "default-src 'none'" from next.config.js.
  matcher: ["/((?!api/|_next/static/|_next/image|icon.svg|favicon.ico).*)"],
};
