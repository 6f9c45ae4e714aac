import * as z from "zod";
import { ZCoupleId, ZCreateCoupleInput } from "@/db/schema/couples/validation";
import { createCouple } from "../../services/couples/create-couple";
import { getCaseloadCouple } from "../../services/couples/get-couple";
import { listCaseload } from "../../services/couples/list-caseload";
import { exportCoupleRecord } from "../../services/export/couple-export";
import { counselorProcedure, createRouter } from "../trpc";

export const coupleRouter = createRouter({
  list: counselorProcedure.meta({ policy: "couple.list" }).query(({ ctx }) => listCaseload(ctx)),

  get: counselorProcedure
    .meta({ policy: "couple.get" })
    .input(z.object({ coupleId: ZCoupleId }).strict())
    .query(({ ctx, input }) => getCaseloadCouple(ctx, input.coupleId)),

  export: counselorProcedure
    .meta({ policy: "couple.export" })
    .input(z.object({ coupleId: ZCoupleId }).strict())
    .query(({ ctx, input }) => exportCoupleRecord(ctx, input.coupleId)),

  create: counselorProcedure
    .meta({ policy: "couple.create" })
    .input(ZCreateCoupleInput)
    .mutation(({ ctx, input }) => createCouple(ctx, input)),
});
