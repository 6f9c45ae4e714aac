import type { z } from "zod";
import { bumpResponse, findOwnResponse, insertResponse, markTaskStarted, replaceResponseFields } from "@/db/queries/responses";
import { todayIn } from "@/db/schema/_shared/calendar";
import { validateFieldAnswers } from "@/db/schema/exercises/answers";
import type { ZSaveDraftInput } from "@/db/schema/responses/validation";
import type { PartnerViewer } from "../../auth/viewer";
import { ConflictError, ValidationError } from "../../errors";
import type { ServiceContext } from "../context";
import { requirePartnerTask, storedFieldsOf } from "./load-partner-task";

export const STALE_DRAFT_MESSAGE =
  "This exercise was saved from another tab or device after you opened it. Reload to see the latest version; nothing has been overwritten.";

/**
 * Saves the author's draft. The draft is checked for types and limits only (required
 * answers wait for submit) and saved only over the version the browser last saw:
 * a second tab working from an older copy is told, never silently overwritten.
 * Drafts are kept even after the task closes, so no one's words are lost.
 */
export async function saveDraft(ctx: ServiceContext<PartnerViewer>, input: z.output<typeof ZSaveDraftInput>) {
  return ctx.db.transaction(async (tx) => {
    const task = await requirePartnerTask(tx, ctx.viewer, input.taskId);
    const result = validateFieldAnswers(task.fields, input.answers, { mode: "draft", today: todayIn(task.timeZone) });
    if (!result.success) throw ValidationError.fromIssues(result.issues, "Some answers can't be saved as they are.");

    const existing = await findOwnResponse(tx, task.id, ctx.viewer.userId);
    if (existing?.state === "submitted") throw new ConflictError("This exercise has already been submitted. Reload to see what was sent.");
    let saved: { id: string; version: number; updatedAt: Date } | undefined;
    if (!existing) {
      if (input.baseVersion !== 0) throw new ConflictError(STALE_DRAFT_MESSAGE);
      saved = await insertResponse(tx, { taskId: task.id, coupleId: task.coupleId, authorId: ctx.viewer.userId, templateVersionId: task.templateVersionId });
    } else {
      saved = await bumpResponse(tx, { id: existing.id, version: input.baseVersion, state: "draft" });
    }
    if (!saved) throw new ConflictError(STALE_DRAFT_MESSAGE);
    await replaceResponseFields(tx, saved.id, storedFieldsOf(task.fields, result.data));
    await markTaskStarted(tx, task.id);
    return { version: saved.version, savedAt: saved.updatedAt };
  });
}
