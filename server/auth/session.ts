import { getServerSession } from "next-auth";
import { cache } from "react";
import { getDatabase } from "../db";
import type { SessionClaims } from "./claims";
import { authOptions } from "./options";
import { resolveViewer, type Viewer } from "./viewer";

/** The claims of the current request's session cookie, if any (not yet checked against the database). */
export const getSessionClaims = cache(async (): Promise<SessionClaims | null> => {
  const session = await getServerSession(authOptions);
  return session?.claims ?? null;
});

/** The signed-in viewer for server components, resolved once per request. */
export const getCurrentViewer = cache(async (): Promise<Viewer | null> => {
  return resolveViewer(await getDatabase(), await getSessionClaims());
});
