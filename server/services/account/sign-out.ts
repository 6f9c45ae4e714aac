import { revokeUserSession } from "@/db/queries/users";
import { recordAudit } from "../audit";
import type { ServiceContext } from "../context";

/** Revokes the caller's current sign-in on the server; other devices stay signed in. */
export async function signOut(ctx: ServiceContext, sessionId: string) {
  await ctx.db.transaction(async (tx) => {
    await revokeUserSession(tx, ctx.viewer.userId, sessionId);
    await recordAudit(tx, ctx.viewer, ctx.request, { action: "auth.sign_out", entityType: "user", entityId: ctx.viewer.userId, details: { sessionId } });
  });
}
