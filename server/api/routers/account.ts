import { signOutEverywhere } from "../../services/account/sign-out-everywhere";
import { authedProcedure, createRouter } from "../trpc";

export const accountRouter = createRouter({
  signOutEverywhere: authedProcedure
    .meta({ policy: "account.signOutEverywhere" })
    .mutation(async ({ ctx }) => {
      await signOutEverywhere(ctx);
      return { signedOut: true };
    }),
});
