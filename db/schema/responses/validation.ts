import * as z from "zod";
import { createSelectSchema } from "drizzle-zod";
import { SKIP_REASONS } from "../_shared/enums";
import { ZFieldKey } from "../exercises/field-types";
import { disclosures, responseFields, responses } from "./table";

export const ZResponse = createSelectSchema(responses);
export const ZResponseField = createSelectSchema(responseFields);
export const ZDisclosure = createSelectSchema(disclosures);

export const ZTaskId = z.uuid("We couldn't find that exercise.");
const ZBaseVersion = z.number().int().min(0, "Unknown draft version");
/** The answers themselves are checked against the task's own form on the server (answers.ts). */
const ZAnswerRecord = z.record(z.string(), z.unknown());

export const ZTaskRef = z.object({ taskId: ZTaskId }).strict();

export const ZSaveDraftInput = z.object({ taskId: ZTaskId, baseVersion: ZBaseVersion, answers: ZAnswerRecord }).strict();

export const ZSubmitInput = z
  .object({
    taskId: ZTaskId,
    baseVersion: ZBaseVersion,
    answers: ZAnswerRecord,
    /** Generated once per submit attempt in the browser; retries reuse it. */
    submitKey: z.uuid("Submit key missing; reload the page and try again"),
  })
  .strict();

export const ZAmendInput = z.object({ taskId: ZTaskId, baseVersion: ZBaseVersion, answers: ZAnswerRecord }).strict();


export const ZSkipInput = z.object({ taskId: ZTaskId, reason: z.enum(SKIP_REASONS, "Choose a reason from the list").optional() }).strict();

export const ZShareAnswerInput = z
  .object({
    taskId: ZTaskId,
    fieldKey: ZFieldKey,
    /** Sharing is consent: the form makes the author confirm it in words first. */
    confirm: z.literal(true, "Please confirm that you want your partner to read this answer"),
  })
  .strict();

export const ZStopSharingInput = z.object({ taskId: ZTaskId, fieldKey: ZFieldKey }).strict();

export const ZReleaseOfferInput = z.object({ taskId: ZTaskId, fieldKey: ZFieldKey, offered: z.boolean() }).strict();

export const ZAnswerShareRequestInput = z
  .object({ requestId: z.uuid("We couldn't find that request."), accept: z.boolean(), confirm: z.boolean().optional() })
  .strict()
  .refine((input) => !input.accept || input.confirm === true, { path: ["confirm"], message: "Please confirm that you want your partner to read this answer" });

export const ZReviewTaskInput = z.object({ taskId: ZTaskId }).strict();
export const ZResponseFieldRef = z.object({ responseId: z.uuid("We couldn't find that answer."), fieldKey: ZFieldKey }).strict();

/** A partner's "I want to talk about this in our next session" on their own submitted answers. */
export const ZPinForSessionInput = z.object({ taskId: ZTaskId, pinned: z.boolean() }).strict();
