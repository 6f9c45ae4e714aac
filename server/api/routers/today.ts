import { getToday } from "../../services/today/get-today";
import { createRouter, partnerProcedure } from "../trpc";

export const todayRouter = createRouter({
  get: partnerProcedure.meta({ policy: "today.get" }).query(({ ctx }) => getToday(ctx)),
});
