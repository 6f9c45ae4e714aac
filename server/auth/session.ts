import { getServerSession } from "next-auth";
import { cache } from "react";
import type { SessionClaims } from "./claims";
import { authOptions } from "./options";

/** The claims in the current request's session cookie, not yet checked against the database. */
export const getSessionClaims = cache(async (): Promise<SessionClaims | null> => {
  const session = await getServerSession(authOptions);
  return session?.claims ?? null;
});
