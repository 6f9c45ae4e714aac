import type { z } from "zod";
import {
  bumpResponse,
  countSubmittedParts,
  findOwnResponse,
  findResponseBySubmitKey,
  insertResponse,
  insertRevision,
  lockTask,
  replaceResponseFields,
  updateTask,
} from "@/db/queries/responses";
import { todayIn } from "@/db/schema/_shared/calendar";
import { validateFieldAnswers } from "@/db/schema/exercises/answers";
import type { ZSubmitInput } from "@/db/schema/responses/validation";
import type { PartnerViewer } from "../../auth/viewer";
import { ConflictError, ValidationError } from "../../errors";
import { recordAudit } from "../audit";
import type { ServiceContext } from "../context";
import { assertOpenForAnswers, requirePartnerTask, storedFieldsOf, type PartnerTask } from "./load-partner-task";
import { STALE_DRAFT_MESSAGE } from "./save-draft";
import { notifyPartnerSubmitted } from "../notifications/notify";
import { raiseFlags } from "../safety/raise-flags";
import { storeScores } from "./store-scores";

export interface SubmitResult {
  responseId: string;
  version: number;
  submittedAt: Date;
  isLate: boolean;
  /** These answers raised a safety flag: the author is shown crisis resources (never told about the flag). */
  showCrisisResources: boolean;
}

async function earlierResult(ctx: ServiceContext<PartnerViewer>, task: PartnerTask, submitKey: string): Promise<SubmitResult | undefined> {
  const earlier = await findResponseBySubmitKey(ctx.db, submitKey);
  if (!earlier) return undefined;
  if (earlier.authorId !== ctx.viewer.userId || earlier.taskId !== task.id || !earlier.submittedAt) {
    throw new ConflictError("This submission couldn't be matched. Reload the page and submit again.");
  }
  // A repeat only re-reports the first result; crisis resources stay one tap away on every page.
  return { responseId: earlier.id, version: earlier.version, submittedAt: earlier.submittedAt, isLate: earlier.submittedAt > task.dueAt, showCrisisResources: false };
}

/**
 * Submits the author's answers once. The browser sends a key per attempt: a retry or a
 * double click with the same key returns the first result and writes nothing. The
 * response, its first revision, the task's status and the audit row commit together.
 */
export async function submitTask(ctx: ServiceContext<PartnerViewer>, input: z.output<typeof ZSubmitInput>, now: Date = new Date()): Promise<SubmitResult> {
  const task = await requirePartnerTask(ctx.db, ctx.viewer, input.taskId);
  const repeat = await earlierResult(ctx, task, input.submitKey);
  if (repeat) return repeat;
  assertOpenForAnswers(task, now);
  const result = validateFieldAnswers(task.fields, input.answers, { mode: "submit", today: todayIn(task.timeZone, now) });
  if (!result.success) throw ValidationError.fromIssues(result.issues, "Some answers need attention before you submit.");

  const submitted = await ctx.db.transaction(async (tx) => {
    // Joint tasks: both partners' submits settle the shared status one at a time.
    await lockTask(tx, task.id);
    const existing = await findOwnResponse(tx, task.id, ctx.viewer.userId, { lock: true });
    if (existing?.state === "submitted") return undefined;
    let response = existing ? { id: existing.id, version: existing.version } : undefined;
    if (!response) {
      if (input.baseVersion !== 0) throw new ConflictError(STALE_DRAFT_MESSAGE);
      response = await insertResponse(tx, { taskId: task.id, coupleId: task.coupleId, authorId: ctx.viewer.userId, templateVersionId: task.templateVersionId });
      if (!response) return undefined;
    } else if (response.version !== input.baseVersion) {
      throw new ConflictError(STALE_DRAFT_MESSAGE);
    }
    const isLate = now > task.dueAt;
    const bumped = await bumpResponse(tx, { id: response.id, version: response.version, state: "draft" }, { state: "submitted", submitKey: input.submitKey, submittedAt: now });
    if (!bumped) throw new ConflictError(STALE_DRAFT_MESSAGE);
    const fields = storedFieldsOf(task.fields, result.data);
    await replaceResponseFields(tx, bumped.id, fields);
    await storeScores(tx, task.effective, task.variant, result.data, {
      responseId: bumped.id,
      coupleId: task.coupleId,
      authorId: ctx.viewer.userId,
      templateId: task.templateId,
      dueOn: task.dueOn,
      submittedAt: now,
    });
    const raised = await raiseFlags(tx, task.effective, result.data, { responseId: bumped.id, coupleId: task.coupleId, authorId: ctx.viewer.userId }, now);
    await insertRevision(tx, {
      responseId: bumped.id,
      version: bumped.version,
      createdById: ctx.viewer.userId,
      fields: Object.fromEntries(fields.map((field) => [field.fieldKey, { visibility: field.visibility, value: field.value }])),
    });
    const complete = !task.isJoint || (await countSubmittedParts(tx, task.id)) >= 2;
    await updateTask(tx, task.id, complete ? { status: "submitted", submittedAt: now, isLate } : { status: "in_progress" });
    await notifyPartnerSubmitted(tx, { coupleId: task.coupleId, taskId: task.id });
    await recordAudit(tx, ctx.viewer, ctx.request, {
      action: "response.submit",
      entityType: "response",
      entityId: bumped.id,
      coupleId: task.coupleId,
      details: { taskId: task.id, version: bumped.version, late: isLate },
    });
    return { responseId: bumped.id, version: bumped.version, submittedAt: now, isLate, showCrisisResources: raised > 0 };
  });
  if (submitted) return submitted;
  // Someone (usually this same click, a moment earlier) submitted first.
  const repeatAfterRace = await earlierResult(ctx, task, input.submitKey);
  if (repeatAfterRace) return repeatAfterRace;
  throw new ConflictError("This exercise has already been submitted. Reload to see what was sent.");
}
