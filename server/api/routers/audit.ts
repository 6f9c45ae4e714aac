import { ZAuditFilterInput, ZCoupleAuditInput } from "@/db/schema/audit/validation";
import { getCoupleAccessLog, getPracticeAccessLog } from "../../services/audit-log";
import { adminProcedure, counselorProcedure, createRouter } from "../trpc";

/** The access log: ids, names and actions only, never the content that was read. */
export const auditRouter = createRouter({
  forCouple: counselorProcedure
    .meta({ policy: "audit.forCouple" })
    .input(ZCoupleAuditInput)
    .query(({ ctx, input }) => getCoupleAccessLog(ctx, input)),
  forPractice: adminProcedure
    .meta({ policy: "audit.forPractice" })
    .input(ZAuditFilterInput)
    .query(({ ctx, input }) => getPracticeAccessLog(ctx, input)),
});
