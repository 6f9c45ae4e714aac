import { ZAcknowledgeFlagInput } from "@/db/schema/safety/validation";
import { acknowledgeFlag } from "../../services/safety/acknowledge-flag";
import { counselorProcedure, createRouter } from "../trpc";

/** Safety flags are the counselor's alone: no partner procedure reads or changes them. */
export const flagRouter = createRouter({
  acknowledge: counselorProcedure
    .meta({ policy: "flag.acknowledge" })
    .input(ZAcknowledgeFlagInput)
    .mutation(({ ctx, input }) => acknowledgeFlag(ctx, input)),
});
