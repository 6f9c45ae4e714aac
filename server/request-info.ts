/** Where a call came from, for the audit trail and log correlation. */
export interface RequestInfo {
  id: string;
  ip: string | null;
  userAgent: string | null;
}

export function requestInfoFromHeaders(headers: Headers, fallbackId: string): RequestInfo {
  const forwarded = headers.get("x-forwarded-for")?.split(",")[0]?.trim();
  return {
    id: headers.get("x-request-id") ?? fallbackId,
    ip: forwarded || headers.get("x-real-ip") || null,
    userAgent: headers.get("user-agent")?.slice(0, 300) ?? null,
  };
}
