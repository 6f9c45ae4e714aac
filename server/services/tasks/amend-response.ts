import type { z } from "zod";
import { bumpResponse, findOwnResponse, insertRevision, replaceResponseFields } from "@/db/queries/responses";
import { todayIn } from "@/db/schema/_shared/calendar";
import { validateFieldAnswers } from "@/db/schema/exercises/answers";
import type { ZAmendInput } from "@/db/schema/responses/validation";
import type { PartnerViewer } from "../../auth/viewer";
import { ConflictError, ValidationError } from "../../errors";
import { recordAudit } from "../audit";
import type { ServiceContext } from "../context";
import { requirePartnerTask, storedFieldsOf } from "./load-partner-task";
import { raiseFlags } from "../safety/raise-flags";
import { storeScores } from "./store-scores";

/**
 * Submitted work is never edited in place: an amendment is a new revision, and every
 * earlier one stays for the counselor. Anything already shared or released stays at
 * the revision the author or counselor agreed to until they share or release again.
 */
export async function amendResponse(ctx: ServiceContext<PartnerViewer>, input: z.output<typeof ZAmendInput>) {
  return ctx.db.transaction(async (tx) => {
    const task = await requirePartnerTask(tx, ctx.viewer, input.taskId);
    const existing = await findOwnResponse(tx, task.id, ctx.viewer.userId, { lock: true });
    if (existing?.state !== "submitted") throw ValidationError.form("Only submitted answers can be amended. Submit this exercise first.");
    const result = validateFieldAnswers(task.fields, input.answers, { mode: "submit", today: todayIn(task.timeZone) });
    if (!result.success) throw ValidationError.fromIssues(result.issues, "Some answers need attention before you save the amendment.");
    const bumped = await bumpResponse(tx, { id: existing.id, version: input.baseVersion, state: "submitted" });
    if (!bumped) throw new ConflictError("These answers were amended from another tab or device. Reload to see the latest version.");
    const fields = storedFieldsOf(task.fields, result.data);
    await replaceResponseFields(tx, bumped.id, fields);
    await storeScores(tx, task.effective, task.variant, result.data, {
      responseId: bumped.id,
      coupleId: task.coupleId,
      authorId: ctx.viewer.userId,
      templateId: task.templateId,
      dueOn: task.dueOn,
      submittedAt: existing.submittedAt ?? bumped.updatedAt,
    });
    const raised = await raiseFlags(tx, task.effective, result.data, { responseId: bumped.id, coupleId: task.coupleId, authorId: ctx.viewer.userId }, new Date());
    await insertRevision(tx, {
      responseId: bumped.id,
      version: bumped.version,
      createdById: ctx.viewer.userId,
      fields: Object.fromEntries(fields.map((field) => [field.fieldKey, { visibility: field.visibility, value: field.value }])),
    });
    await recordAudit(tx, ctx.viewer, ctx.request, {
      action: "response.amend",
      entityType: "response",
      entityId: bumped.id,
      coupleId: task.coupleId,
      details: { taskId: task.id, version: bumped.version },
    });
    return { version: bumped.version, amendedAt: bumped.updatedAt, showCrisisResources: raised > 0 };
  });
}
