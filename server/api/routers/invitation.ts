import { TRPCError } from "@trpc/server";
import { ZAcceptInvitationInput, ZInvitationsForCouple, ZInvitationTarget, ZInvitationToken } from "@/db/schema/invitations/validation";
import type { Viewer } from "../../auth/viewer";
import { acceptInvitation, inspectInvitation } from "../../services/invitations/accept-invitation";
import { listCoupleInvitations } from "../../services/invitations/list-couple-invitations";
import { revokeInvitation } from "../../services/invitations/revoke-invitation";
import { sendInvitation, type Inviter } from "../../services/invitations/send-invitation";
import { authedProcedure, counselorProcedure, createRouter, publicProcedure } from "../trpc";

/** Counselors invite partners, admins invite counselors; the policy has already refused everyone else. */
function asInviter(viewer: Viewer): Inviter {
  if (viewer.role === "partner") throw new TRPCError({ code: "FORBIDDEN", message: "Your account can't do that." });
  return viewer;
}

export const invitationRouter = createRouter({
  listForCouple: counselorProcedure
    .meta({ policy: "invitation.listForCouple" })
    .input(ZInvitationsForCouple)
    .query(({ ctx, input }) => listCoupleInvitations(ctx, input.coupleId)),

  send: authedProcedure
    .meta({ policy: "invitation.send" })
    .input(ZInvitationTarget)
    .mutation(({ ctx, input }) => sendInvitation({ ...ctx, viewer: asInviter(ctx.viewer) }, input.userId)),

  revoke: authedProcedure
    .meta({ policy: "invitation.revoke" })
    .input(ZInvitationTarget)
    .mutation(({ ctx, input }) => revokeInvitation({ ...ctx, viewer: asInviter(ctx.viewer) }, input.userId)),

  /** What the accept page may show for a link; nothing about it for a link that can't be used. */
  inspect: publicProcedure
    .meta({ policy: "invitation.inspect" })
    .input(ZInvitationToken)
    .query(({ ctx, input }) => inspectInvitation(ctx.db, input.token)),

  accept: publicProcedure
    .meta({ policy: "invitation.accept" })
    .input(ZAcceptInvitationInput)
    .mutation(({ ctx, input }) => acceptInvitation(ctx.db, ctx.request, input)),
});
