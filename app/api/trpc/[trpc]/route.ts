import { randomUUID } from "node:crypto";
import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import { createInnerContext } from "@/server/api/context";
import { appRouter } from "@/server/api/root";
import { activityFromHeaders } from "@/server/auth/activity";
import { getSessionClaims } from "@/server/auth/session";
import { getDatabase } from "@/server/db";
import { limitRequestBody } from "@/server/body-limit";
import { CLEAR_SITE_DATA, NO_STORE, SIGN_OUT_PROCEDURES } from "@/server/http/client-data";
import { refuseCrossSite } from "@/server/http/refuse-cross-site";
import { requestInfoFromHeaders } from "@/server/request-info";

async function handler(incoming: Request) {
  const refused = refuseCrossSite(incoming);
  if (refused) return refused;
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
    responseMeta: ({ info }) => {
      // Responses carry clinical data: never stored by the browser or any shared cache.
      const headers = new Headers({ "cache-control": NO_STORE });
      // Whatever the outcome: the browser signs out either way.
      if (info?.calls.some((call) => SIGN_OUT_PROCEDURES.has(call.path))) headers.set("clear-site-data", CLEAR_SITE_DATA);
      return { headers };
    },
  });
}

export { handler as GET, handler as POST };
