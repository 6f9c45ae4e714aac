import { ZBeginTwoFactorSetupInput, ZConfirmReplacementInput, ZConfirmTwoFactorSetupInput, ZReauthenticateInput, ZVerifyTwoFactorInput } from "../../auth/two-factor-schemas";
import { beginAuthenticatorReplacement } from "../../services/account/begin-authenticator-replacement";
import { beginTwoFactorSetup } from "../../services/account/begin-two-factor-setup";
import { confirmAuthenticatorReplacement } from "../../services/account/confirm-authenticator-replacement";
import { confirmTwoFactorSetup } from "../../services/account/confirm-two-factor-setup";
import { disableTwoFactor } from "../../services/account/disable-two-factor";
import { regenerateRecoveryCodes } from "../../services/account/regenerate-recovery-codes";
import { getTwoFactorStatus } from "../../services/account/two-factor-status";
import { verifyTwoFactor } from "../../services/account/verify-two-factor";
import { authedProcedure } from "../trpc";

/** Two-step verification, part of the account router (account.*). */
export const twoFactorProcedures = {
  twoFactorStatus: authedProcedure.meta({ policy: "account.twoFactorStatus" }).query(({ ctx }) => getTwoFactorStatus(ctx)),

  verifyTwoFactor: authedProcedure
    .meta({ policy: "account.verifyTwoFactor" })
    .input(ZVerifyTwoFactorInput)
    .mutation(({ ctx, input }) => verifyTwoFactor(ctx, ctx.session.sessionId, input.code)),

  beginTwoFactorSetup: authedProcedure
    .meta({ policy: "account.beginTwoFactorSetup" })
    .input(ZBeginTwoFactorSetupInput)
    .mutation(({ ctx, input }) => beginTwoFactorSetup(ctx, input.currentPassword)),

  confirmTwoFactorSetup: authedProcedure
    .meta({ policy: "account.confirmTwoFactorSetup" })
    .input(ZConfirmTwoFactorSetupInput)
    .mutation(({ ctx, input }) => confirmTwoFactorSetup(ctx, ctx.session.sessionId, input.code)),

  regenerateRecoveryCodes: authedProcedure
    .meta({ policy: "account.regenerateRecoveryCodes" })
    .input(ZReauthenticateInput)
    .mutation(({ ctx, input }) => regenerateRecoveryCodes(ctx, input)),

  beginAuthenticatorReplacement: authedProcedure
    .meta({ policy: "account.beginAuthenticatorReplacement" })
    .input(ZReauthenticateInput)
    .mutation(({ ctx, input }) => beginAuthenticatorReplacement(ctx, ctx.session.sessionId, input)),

  confirmAuthenticatorReplacement: authedProcedure
    .meta({ policy: "account.confirmAuthenticatorReplacement" })
    .input(ZConfirmReplacementInput)
    .mutation(({ ctx, input }) => confirmAuthenticatorReplacement(ctx, ctx.session.sessionId, input)),

  disableTwoFactor: authedProcedure
    .meta({ policy: "account.disableTwoFactor" })
    .input(ZReauthenticateInput)
    .mutation(({ ctx, input }) => disableTwoFactor(ctx, input)),
};
