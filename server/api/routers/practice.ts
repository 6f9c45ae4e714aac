import {
  ZPracticeCouplesInput,
  ZPracticeSettingsInput,
  ZReassignCoupleInput,
  ZSaveCrisisResourcesInput,
  ZSavePolicyWordingInput,
  ZSetCoupleArchivedInput,
} from "@/db/schema/practices/validation";
import { ZInviteCounselorInput, ZSetAccountDisabledInput } from "@/db/schema/invitations/validation";
import { inviteCounselor, listCounselorAccounts, setAccountDisabled } from "../../services/practice/counselor-accounts";
import { listCouplesForAdmin, reassignCouple, setCoupleArchived } from "../../services/practice/couples";
import { getPracticeSettings, savePracticeSettings } from "../../services/practice/settings";
import { getSafetySettings, saveCrisisResources, savePolicyWording } from "../../services/practice/safety-settings";
import { adminProcedure, createRouter } from "../trpc";

export const practiceRouter = createRouter({
  couples: adminProcedure
    .meta({ policy: "practice.couples" })
    .input(ZPracticeCouplesInput)
    .query(({ ctx, input }) => listCouplesForAdmin(ctx, input)),
  reassignCouple: adminProcedure
    .meta({ policy: "practice.reassignCouple" })
    .input(ZReassignCoupleInput)
    .mutation(({ ctx, input }) => reassignCouple(ctx, input)),
  setCoupleArchived: adminProcedure
    .meta({ policy: "practice.setCoupleArchived" })
    .input(ZSetCoupleArchivedInput)
    .mutation(({ ctx, input }) => setCoupleArchived(ctx, input)),
  settings: adminProcedure.meta({ policy: "practice.settings" }).query(({ ctx }) => getPracticeSettings(ctx)),
  saveSettings: adminProcedure
    .meta({ policy: "practice.saveSettings" })
    .input(ZPracticeSettingsInput)
    .mutation(({ ctx, input }) => savePracticeSettings(ctx, input)),
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
