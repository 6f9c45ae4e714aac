import NextAuth from "next-auth";
import { authOptions } from "@/server/auth/options";
import { CLEAR_SITE_DATA, NO_STORE } from "@/server/http/client-data";

interface RouteContext {
  params: Promise<{ nextauth: string[] }>;
}

// next-auth v4 types its App Router handler as `any`; this is its actual shape.
const nextAuth = NextAuth(authOptions) as (request: Request, context: RouteContext) => Promise<Response>;

async function handler(request: Request, context: RouteContext): Promise<Response> {
  const response = await nextAuth(request, context);
  // next-auth marks only some answers (session, csrf) uncacheable; the rest follow suit.
  response.headers.set("cache-control", NO_STORE);
  const [action] = (await context.params).nextauth;
  if (request.method === "POST" && action === "signout") response.headers.set("clear-site-data", CLEAR_SITE_DATA);
  return response;
}

export { handler as GET, handler as POST };
