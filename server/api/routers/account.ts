import { ZEndSessionInput } from "@/db/schema/users/validation";
import { endOtherSession, idleSecondsLeft, listActiveSessions } from "../../services/account/active-sessions";
import { ZChangePasswordInput } from "../../auth/password-policy";
import { changePassword } from "../../services/account/change-password";
import { signOut } from "../../services/account/sign-out";
import { signOutEverywhere } from "../../services/account/sign-out-everywhere";
import { exportPartnerData } from "../../services/export/partner-export";
import { ZConfirmEmailChangeInput, ZInspectAccountLinkInput, ZRequestEmailChangeInput, ZRequestPasswordResetInput, ZResetPasswordInput } from "../../auth/schemas";
import { confirmEmailChange, requestEmailChange } from "../../services/account/change-email";
import { inspectAccountLink, requestPasswordReset, resetPassword } from "../../services/account/password-reset";
import { authedProcedure, createRouter, partnerProcedure, publicProcedure } from "../trpc";
import { twoFactorProcedures } from "./two-factor";

export const accountRouter = createRouter({
  exportMyData: partnerProcedure.meta({ policy: "account.exportMyData" }).query(({ ctx }) => exportPartnerData(ctx)),
  signOut: authedProcedure.meta({ policy: "account.signOut" }).mutation(async ({ ctx }) => {
    await signOut(ctx, ctx.session.sessionId);
    return { signedOut: true };
  }),

  signOutEverywhere: authedProcedure
    .meta({ policy: "account.signOutEverywhere" })
    .mutation(async ({ ctx }) => {
      await signOutEverywhere(ctx);
      return { signedOut: true };
    }),

  /** Any call the person makes counts as activity; this one exists for "Stay signed in". */
  keepAlive: authedProcedure.meta({ policy: "account.keepAlive" }).mutation(() => ({ ok: true })),

  /** Asked in the background (it must not count as activity) when the page's own estimate nears the limit. */
  idleStatus: authedProcedure.meta({ policy: "account.idleStatus" }).query(async ({ ctx }) => ({ secondsLeft: await idleSecondsLeft(ctx, ctx.session.sessionId) })),

  sessions: authedProcedure.meta({ policy: "account.sessions" }).query(({ ctx }) => listActiveSessions(ctx, ctx.session.sessionId)),

  endSession: authedProcedure
    .meta({ policy: "account.endSession" })
    .input(ZEndSessionInput)
    .mutation(async ({ ctx, input }) => {
      await endOtherSession(ctx, input.sessionId);
      return { ended: true };
    }),
  changePassword: authedProcedure
    .meta({ policy: "account.changePassword" })
    .input(ZChangePasswordInput)
    .mutation(({ ctx, input }) => changePassword(ctx, ctx.session.sessionId, input)),

  requestEmailChange: authedProcedure
    .meta({ policy: "account.requestEmailChange" })
    .input(ZRequestEmailChangeInput)
    .mutation(({ ctx, input }) => requestEmailChange(ctx, input)),

  // Emailed links: anyone holding the link, signed in or not.
  requestPasswordReset: publicProcedure
    .meta({ policy: "account.requestPasswordReset" })
    .input(ZRequestPasswordResetInput)
    .mutation(({ ctx, input }) => requestPasswordReset(ctx.db, ctx.request, input)),
  resetPassword: publicProcedure
    .meta({ policy: "account.resetPassword" })
    .input(ZResetPasswordInput)
    .mutation(({ ctx, input }) => resetPassword(ctx.db, ctx.request, input)),
  inspectLink: publicProcedure
    .meta({ policy: "account.inspectLink" })
    .input(ZInspectAccountLinkInput)
    .query(({ ctx, input }) => inspectAccountLink(ctx.db, input)),
  confirmEmailChange: publicProcedure
    .meta({ policy: "account.confirmEmailChange" })
    .input(ZConfirmEmailChangeInput)
    .mutation(({ ctx, input }) => confirmEmailChange(ctx.db, ctx.request, input)),

  ...twoFactorProcedures,
});
