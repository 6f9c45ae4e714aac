import { listCounselors } from "../../services/practice/list-counselors";
import { adminProcedure, createRouter } from "../trpc";

export const practiceRouter = createRouter({
  listCounselors: adminProcedure.meta({ policy: "practice.listCounselors" }).query(({ ctx }) => listCounselors(ctx)),
});
