import { signOut } from "../../services/account/sign-out";
import { signOutEverywhere } from "../../services/account/sign-out-everywhere";
import { authedProcedure, createRouter } from "../trpc";

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
});
