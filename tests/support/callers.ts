import type { Database } from "@/db/client";
import { createInnerContext } from "@/server/api/context";
import { createCaller } from "@/server/api/root";
import type { Activity } from "@/server/auth/activity";
import type { SessionClaims } from "@/server/auth/claims";
import type { Logger } from "@/server/logger";
import type { TestUser } from "./factories";

type Signable = Pick<TestUser, "id" | "role" | "sessionVersion" | "sessionId">;

export function claimsFor(user: Signable, authTime = Math.floor(Date.now() / 1000)): SessionClaims {
  return { userId: user.id, sessionId: user.sessionId, role: user.role, sessionVersion: user.sessionVersion, authTime };
}

/** The real router, called as `user` (or anonymously) with a real database. */
export function callerAs(db: Database, user: Signable | null, log?: Logger) {
  return createCaller(createInnerContext({ db, session: user ? claimsFor(user) : null, log }));
}

/**
 * The router as a request the person did not make (autosave, polling) or did, signed in
 * at `authTime`; for session-lifecycle tests that move the clock.
 */
export function callerWith(db: Database, user: Signable, options: { activity: Activity; authTime: number }) {
  return createCaller(createInnerContext({ db, session: claimsFor(user, options.authTime), activity: options.activity }));
}
