import type { Database } from "@/db/client";
import { logUnexpectedError } from "../api/error-handling";
import { logger } from "../logger";
import type { RequestInfo } from "../request-info";
import { SignInThrottledError, verifyCredentials } from "./credentials";
import { SIGN_IN_THROTTLED, SIGN_IN_UNAVAILABLE } from "./sign-in-errors";

/**
 * The credentials provider's authorize step: the user for the token, null for a wrong
 * email or password, or an Error whose message is one fixed word. next-auth builds its
 * response from nothing else, so equal outcomes here mean equal responses.
 */
export async function authorizeSignIn(openDatabase: () => Promise<Database>, credentials: unknown, request: RequestInfo, now: Date = new Date()) {
  try {
    const user = await verifyCredentials(await openDatabase(), credentials, request, now);
    return user ? { id: user.id, role: user.role, sessionVersion: user.sessionVersion, sessionId: user.sessionId } : null;
  } catch (error) {
    if (error instanceof SignInThrottledError) throw new Error(SIGN_IN_THROTTLED);
    // next-auth would put the message (a failed query's SQL and parameters) in the
    // redirect URL it sends to the browser; only a fixed word leaves this function.
    logUnexpectedError(error, logger, { path: "auth.signIn", requestId: request.id });
    throw new Error(SIGN_IN_UNAVAILABLE);
  }
}
