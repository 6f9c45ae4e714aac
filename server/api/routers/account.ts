import { ZChangePasswordInput } from "../../auth/password-policy";
import { changePassword } from "../../services/account/change-password";
import { signOut } from "../../services/account/sign-out";
import { signOutEverywhere } from "../../services/account/sign-out-everywhere";
import { authedProcedure, createRouter } from "../trpc";
import { twoFactorProcedures } from "./two-factor";

export const accountRouter = createRouter({
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

  changePassword: authedProcedure
    .meta({ policy: "account.changePassword" })
    .input(ZChangePasswordInput)
    .mutation(({ ctx, input }) => changePassword(ctx, ctx.session.sessionId, input)),

  ...twoFactorProcedures,
});
