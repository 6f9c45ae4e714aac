import { bumpSessionVersion, revokeAllUserSessions } from "@/db/queries/users";
import { recordAudit } from "../audit";
import type { ServiceContext } from "../context";

/** Every session token issued to the caller stops working on its next request, this one included. */
export async function signOutEverywhere(ctx: ServiceContext) {
  await ctx.db.transaction(async (tx) => {
    await bumpSessionVersion(tx, ctx.viewer.userId);
    await revokeAllUserSessions(tx, ctx.viewer.userId);
    await recordAudit(tx, ctx.viewer, ctx.request, { action: "auth.sign_out_everywhere", entityType: "user", entityId: ctx.viewer.userId });
  });
}
