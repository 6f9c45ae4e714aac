import { crisisResourcesFor } from "../../services/safety/crisis-resources";
import { createRouter, partnerProcedure } from "../trpc";

/** Where to get help now: reachable by a partner before anything else, consent included. */
export const helpRouter = createRouter({
  resources: partnerProcedure.meta({ policy: "help.resources" }).query(({ ctx }) => crisisResourcesFor(ctx)),
});
