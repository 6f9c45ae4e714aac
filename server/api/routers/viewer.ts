import { authedProcedure, createRouter } from "../trpc";

export const viewerRouter = createRouter({
  me: authedProcedure.meta({ policy: "viewer.me" }).query(({ ctx }) => ({
    userId: ctx.viewer.userId,
    role: ctx.viewer.role,
    displayName: ctx.viewer.displayName,
    email: ctx.viewer.email,
  })),
});
