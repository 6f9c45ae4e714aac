import type { Database } from "@/db/client";
import { totpCodeForStep, totpStepAt } from "@/server/auth/mfa/totp";
import { resolveViewer } from "@/server/auth/viewer";
import type { ServiceContext } from "@/server/services/context";
import { claimsFor } from "./callers";
import type { TestUser } from "./factories";

/** The code an authenticator app holding `secret` shows at `now`, or `offset` steps away. */
export function codeFor(secret: string | undefined, now = new Date(), offset = 0): Promise<string> {
  if (!secret) throw new Error("this test user has no authenticator");
  return totpCodeForStep(secret, totpStepAt(now) + offset);
}

/** What a service receives for `user`'s sign-in, for tests that inject a clock into the service itself. */
export async function serviceContextFor(db: Database, user: TestUser, ip = "192.0.2.10"): Promise<ServiceContext> {
  const viewer = await resolveViewer(db, claimsFor(user));
  if (!viewer) throw new Error("test user's sign-in did not resolve");
  return { db, viewer, request: { id: `test-${user.sessionId}`, ip, userAgent: "vitest" } };
}
