/**
 * The tRPC endpoint's CSRF posture, on top of SameSite=Lax session cookies:
 * - a request the browser marks as coming from another site (Sec-Fetch-Site) is refused
 *   outright, whatever its method: Trellis's own pages only ever call it same-origin;
 * - a POST must carry a JSON body. An HTML form can only send urlencoded, multipart or
 *   text/plain bodies, and tRPC would accept multipart as a mutation call; a
 *   cross-origin fetch with JSON needs a CORS preflight, which this server never grants.
 * Returns the refusal, or null to go on.
 */
export function refuseCrossSite(request: Request): Response | null {
  const site = request.headers.get("sec-fetch-site");
  if (site === "cross-site" || site === "same-site") {
    return refusal(403, "FORBIDDEN", "Requests from other sites are not accepted.");
  }
  const mediaType = request.headers.get("content-type")?.split(";", 1)[0]?.trim().toLowerCase();
  if (request.method === "POST" && mediaType !== "application/json") {
    return refusal(415, "UNSUPPORTED_MEDIA_TYPE", "Send a JSON body.");
  }
  return null;
}

// The shape of a tRPC error, so the client reports it like any other.
function refusal(httpStatus: number, code: string, message: string): Response {
  return Response.json({ error: { message, code: -32600, data: { code, httpStatus } } }, { status: httpStatus });
}
