import { randomUUID } from "node:crypto";
import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import { createInnerContext } from "@/server/api/context";
import { appRouter } from "@/server/api/root";
import { activityFromHeaders } from "@/server/auth/activity";
import { getSessionClaims } from "@/server/auth/session";
import { getDatabase } from "@/server/db";
import { limitRequestBody } from "@/server/body-limit";
import { requestInfoFromHeaders } from "@/server/request-info";

async function handler(incoming: Request) {
  const request = await limitRequestBody(incoming);
  if (request instanceof Response) return request;
  return fetchRequestHandler({
    endpoint: "/api/trpc",
    req: request,
    router: appRouter,
    createContext: async () =>
      createInnerContext({
        db: await getDatabase(),
        session: await getSessionClaims(),
        request: requestInfoFromHeaders(request.headers, randomUUID()),
        activity: activityFromHeaders(request.headers),
      }),
    // Responses carry clinical data: never stored by the browser or any shared cache.
    responseMeta: () => ({ headers: new Headers({ "cache-control": "private, no-store" }) }),
  });
}

export { handler as GET, handler as POST };
