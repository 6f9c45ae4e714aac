import * as z from "zod";
import { ZCoupleId } from "@/db/schema/couples/validation";
import { getCaseload } from "../../services/prep/get-caseload";
import { getCouplePrep } from "../../services/prep/get-couple-prep";
import { counselorProcedure, createRouter } from "../trpc";

/** Session prep for counselors: caseload-scoped reads only; partners are refused by policy. */
export const prepRouter = createRouter({
  caseload: counselorProcedure.meta({ policy: "prep.caseload" }).query(({ ctx }) => getCaseload(ctx)),
  couple: counselorProcedure
    .meta({ policy: "prep.couple" })
    .input(z.object({ coupleId: ZCoupleId }).strict())
    .query(({ ctx, input }) => getCouplePrep(ctx, input.coupleId)),
});
