/**
 * The tRPC fetch adapter reads any request body in full; this caps it first. The
 * largest legitimate body is an instrument import (500,000 characters) or a set of
 * long answers, well under the limit.
 */
export const MAX_REQUEST_BODY_BYTES = 2_000_000;

function tooLarge(): Response {
  return Response.json({ error: { message: "This request is too large.", code: -32600, data: { code: "PAYLOAD_TOO_LARGE", httpStatus: 413 } } }, { status: 413 });
}

/** The request with its body read (at most `limit` bytes), or a 413 response. */
export async function limitRequestBody(request: Request, limit = MAX_REQUEST_BODY_BYTES): Promise<Request | Response> {
  if (!request.body) return request;
  const declared = Number(request.headers.get("content-length") ?? Number.NaN);
  if (Number.isFinite(declared) && declared > limit) return tooLarge();
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      return tooLarge();
    }
    chunks.push(value);
  }
  const body = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    body.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return new Request(request.url, { method: request.method, headers: request.headers, body, signal: request.signal });
}
