import { revokeLiveInvitation } from "@/db/queries/invitations";
import { ConflictError } from "../../errors";
import { recordAudit } from "../audit";
import type { ServiceContext } from "../context";
import { findInvitableAccount, type Inviter } from "./send-invitation";

/** Stops the account's live invitation link from working. */
export async function revokeInvitation(ctx: ServiceContext<Inviter>, userId: string, now: Date = new Date()) {
  return ctx.db.transaction(async (tx) => {
    const account = await findInvitableAccount(tx, ctx.viewer, userId);
    const invitationId = await revokeLiveInvitation(tx, account.userId, now);
    if (!invitationId) throw new ConflictError("There is no open invitation to revoke.");
    await recordAudit(tx, ctx.viewer, ctx.request, { action: "invitation.revoke", entityType: "user", entityId: account.userId, coupleId: account.coupleId, details: { invitationId } });
    return { revoked: true };
  });
}
