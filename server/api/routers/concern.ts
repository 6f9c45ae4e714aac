import { ZCloseConcernInput, ZOpenConcernInput } from "@/db/schema/safety/validation";
import { closeConcern, openConcern } from "../../services/safety/concerns";
import { counselorProcedure, createRouter } from "../trpc";

/** Violence and coercive-control concerns: the counselor's decision, invisible to partners. */
export const concernRouter = createRouter({
  open: counselorProcedure
    .meta({ policy: "concern.open" })
    .input(ZOpenConcernInput)
    .mutation(({ ctx, input }) => openConcern(ctx, input)),
  close: counselorProcedure
    .meta({ policy: "concern.close" })
    .input(ZCloseConcernInput)
    .mutation(({ ctx, input }) => closeConcern(ctx, input)),
});
