import { env } from "./env.js";

/** Where a call came from, for the audit trail and log correlation. */
export interface RequestInfo {
  id: string;
  ip: string | null;
  userAgent: string | null;
}

const REQUEST_ID = /^[A-Za-z0-9._:-]{1,64}$/;

/**
 * Request metadata from headers, trusting only what the deployment vouches for: the
 * client address comes from X-Forwarded-For only behind TRUSTED_PROXY_HOPS proxies
 * (counted from the right, where our own proxies append), and an incoming request id
 * is kept only if it is short and plain.
 */
export function requestInfoFromHeaders(headers: Headers, fallbackId: string, trustedProxyHops = env.TRUSTED_PROXY_HOPS): RequestInfo {
  const incomingId = headers.get("x-request-id");
  const forwarded = (headers.get("x-forwarded-for") ?? "")
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
  const ip = trustedProxyHops > 0 ? (forwarded[forwarded.length - trustedProxyHops] ?? null) : null;
  return {
    id: incomingId && REQUEST_ID.test(incomingId) ? incomingId : fallbackId,
    ip: ip && ip.length <= 45 ? ip : null,
    userAgent: headers.get("user-agent")?.slice(0, 300) ?? null,
  };
}
