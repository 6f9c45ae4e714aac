import { ZSaveCrisisResourcesInput, ZSavePolicyWordingInput } from "@/db/schema/practices/validation";
import { listCounselors } from "../../services/practice/list-counselors";
import { getSafetySettings, saveCrisisResources, savePolicyWording } from "../../services/practice/safety-settings";
import { adminProcedure, createRouter } from "../trpc";

export const practiceRouter = createRouter({
  listCounselors: adminProcedure.meta({ policy: "practice.listCounselors" }).query(({ ctx }) => listCounselors(ctx)),
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
