import { ZAcceptConsentInput } from "@/db/schema/couples/validation";
import { acceptConsent, getConsent } from "../../services/consent/consent";
import { createRouter, partnerProcedure } from "../trpc";

/** The only partner procedures available before the couple's confidentiality policy is accepted (with sign-out). */
export const consentRouter = createRouter({
  get: partnerProcedure.meta({ policy: "consent.get" }).query(({ ctx }) => getConsent(ctx)),
  accept: partnerProcedure
    .meta({ policy: "consent.accept" })
    .input(ZAcceptConsentInput)
    .mutation(({ ctx, input }) => acceptConsent(ctx, input)),
});
