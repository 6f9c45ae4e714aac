import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import superjson from "superjson";
import type { AnyRouter } from "@trpc/server";
import type { TrpcContext } from "@/server/api/context";

/**
 * Calls a procedure through tRPC's real fetch adapter, so the error formatter and
 * serialization run exactly as they do behind /api/trpc.
 */
export async function callOverHttp(
  router: AnyRouter,
  ctx: TrpcContext,
  path: string,
  input: unknown,
  type: "query" | "mutation",
): Promise<{ status: number; text: string; body: HttpBody }> {
  const encoded = JSON.stringify(superjson.serialize(input));
  const url = `http://trellis.test/api/trpc/${path}${type === "query" ? `?input=${encodeURIComponent(encoded)}` : ""}`;
  const request = new Request(url, {
    method: type === "query" ? "GET" : "POST",
    headers: { "content-type": "application/json" },
    body: type === "mutation" ? encoded : undefined,
  });
  const response = await fetchRequestHandler({ endpoint: "/api/trpc", req: request, router, createContext: () => ctx });
  const text = await response.text();
  return { status: response.status, text, body: JSON.parse(text) as HttpBody };
}

export interface HttpBody {
  result?: { data: unknown };
  error?: {
    json: {
      message: string;
      code: number;
      data: { code: string; httpStatus: number; path?: string; fieldErrors?: Record<string, string[]>; correlationId?: string; stack?: string };
    };
  };
}
