import * as z from "zod";
import { ZResponseFieldRef, ZReviewTaskInput } from "@/db/schema/responses/validation";
import { getAssignment } from "../../services/review/get-assignment";
import { releaseAnswer, requestShare } from "../../services/review/release-answer";
import { reviewOccurrence } from "../../services/review/review-occurrence";
import { counselorProcedure, createRouter } from "../trpc";

/** The counselor's reading of caseload homework: every query is scoped to their caseload first. */
export const reviewRouter = createRouter({
  assignment: counselorProcedure
    .meta({ policy: "review.assignment" })
    .input(z.object({ assignmentId: z.uuid("We couldn't find that homework.") }).strict())
    .query(({ ctx, input }) => getAssignment(ctx, input.assignmentId)),
  occurrence: counselorProcedure
    .meta({ policy: "review.occurrence" })
    .input(ZReviewTaskInput)
    .query(({ ctx, input }) => reviewOccurrence(ctx, input.taskId)),
  release: counselorProcedure
    .meta({ policy: "review.release" })
    .input(ZResponseFieldRef)
    .mutation(({ ctx, input }) => releaseAnswer(ctx, input)),
  requestShare: counselorProcedure
    .meta({ policy: "review.requestShare" })
    .input(ZResponseFieldRef)
    .mutation(({ ctx, input }) => requestShare(ctx, input)),
});
