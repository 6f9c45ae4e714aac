import { ZSaveCrisisResourcesInput, ZSavePolicyWordingInput } from "@/db/schema/practices/validation";
import { ZInviteCounselorInput, ZSetAccountDisabledInput } from "@/db/schema/invitations/validation";
import { inviteCounselor, listCounselorAccounts, setAccountDisabled } from "../../services/practice/counselor-accounts";
import { getSafetySettings, saveCrisisResources, savePolicyWording } from "../../services/practice/safety-settings";
import { adminProcedure, createRouter } from "../trpc";

export const practiceRouter = createRouter({
  listCounselors: adminProcedure.meta({ policy: "practice.listCounselors" }).query(({ ctx }) => listCounselorAccounts(ctx)),
  inviteCounselor: adminProcedure
    .meta({ policy: "practice.inviteCounselor" })
    .input(ZInviteCounselorInput)
    .mutation(({ ctx, input }) => inviteCounselor(ctx, input)),
  setAccountDisabled: adminProcedure
    .meta({ policy: "practice.setAccountDisabled" })
    .input(ZSetAccountDisabledInput)
    .mutation(({ ctx, input }) => setAccountDisabled(ctx, input)),
  safetySettings: adminProcedure.meta({ policy: "practice.safetySettings" }).query(({ ctx }) => getSafetySettings(ctx)),
  saveCrisisResources: adminProcedure
    .meta({ policy: "practice.saveCrisisResources" })
    .input(ZSaveCrisisResourcesInput)
    .mutation(({ ctx, input }) => saveCrisisResources(ctx, input)),
  savePolicyWording: adminProcedure
    .meta({ policy: "practice.savePolicyWording" })
    .input(ZSavePolicyWordingInput)
    .mutation(({ ctx, input }) => savePolicyWording(ctx, input)),
});
