import {
  ZAmendInput,
  ZAnswerShareRequestInput,
  ZReleaseOfferInput,
  ZSaveDraftInput,
  ZShareAnswerInput,
  ZSkipInput,
  ZStopSharingInput,
  ZSubmitInput,
  ZTaskRef,
  ZPinForSessionInput,
} from "@/db/schema/responses/validation";
import { pinForSession } from "../../services/tasks/pin-for-session";
import { amendResponse } from "../../services/tasks/amend-response";
import { getTask } from "../../services/tasks/get-task";
import { saveDraft } from "../../services/tasks/save-draft";
import { answerShareRequest, setReleaseOffer, shareAnswer, stopSharing } from "../../services/tasks/share-answers";
import { skipTask } from "../../services/tasks/skip-task";
import { submitTask } from "../../services/tasks/submit-task";
import { createRouter, partnerProcedure } from "../trpc";

/** A partner's own tasks: every procedure starts from requirePartnerTask, so other tasks are NOT_FOUND. */
export const taskRouter = createRouter({
  pin: partnerProcedure
    .meta({ policy: "task.pin" })
    .input(ZPinForSessionInput)
    .mutation(({ ctx, input }) => pinForSession(ctx, input)),
  get: partnerProcedure
    .meta({ policy: "task.get" })
    .input(ZTaskRef)
    .query(({ ctx, input }) => getTask(ctx, input.taskId)),
  saveDraft: partnerProcedure
    .meta({ policy: "task.saveDraft" })
    .input(ZSaveDraftInput)
    .mutation(({ ctx, input }) => saveDraft(ctx, input)),
  submit: partnerProcedure
    .meta({ policy: "task.submit" })
    .input(ZSubmitInput)
    .mutation(({ ctx, input }) => submitTask(ctx, input)),
  amend: partnerProcedure
    .meta({ policy: "task.amend" })
    .input(ZAmendInput)
    .mutation(({ ctx, input }) => amendResponse(ctx, input)),
  skip: partnerProcedure
    .meta({ policy: "task.skip" })
    .input(ZSkipInput)
    .mutation(({ ctx, input }) => skipTask(ctx, input)),
  share: partnerProcedure
    .meta({ policy: "task.share" })
    .input(ZShareAnswerInput)
    .mutation(({ ctx, input }) => shareAnswer(ctx, input)),
  stopSharing: partnerProcedure
    .meta({ policy: "task.stopSharing" })
    .input(ZStopSharingInput)
    .mutation(({ ctx, input }) => stopSharing(ctx, input)),
  setReleaseOffer: partnerProcedure
    .meta({ policy: "task.setReleaseOffer" })
    .input(ZReleaseOfferInput)
    .mutation(({ ctx, input }) => setReleaseOffer(ctx, input)),
  answerShareRequest: partnerProcedure
    .meta({ policy: "task.answerShareRequest" })
    .input(ZAnswerShareRequestInput)
    .mutation(({ ctx, input }) => answerShareRequest(ctx, input)),
});
