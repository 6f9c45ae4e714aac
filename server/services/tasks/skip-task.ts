import type { z } from "zod";
import { updateTask } from "@/db/queries/responses";
import type { ZSkipInput } from "@/db/schema/responses/validation";
import type { PartnerViewer } from "../../auth/viewer";
import { ValidationError } from "../../errors";
import { recordAudit } from "../audit";
import type { ServiceContext } from "../context";
import { assertOpenForAnswers, requirePartnerTask } from "./load-partner-task";

/**
 * A partner may skip their own task, with a reason if they want to give one. Joint
 * tasks belong to both partners, so one of them can't skip it for the other. A draft
 * stays where it is.
 */
export async function skipTask(ctx: ServiceContext<PartnerViewer>, input: z.output<typeof ZSkipInput>, now: Date = new Date()) {
  return ctx.db.transaction(async (tx) => {
    const task = await requirePartnerTask(tx, ctx.viewer, input.taskId);
    if (task.isJoint) throw ValidationError.form("You do this exercise together, so it can't be skipped by one of you. Talk it over with your counselor.");
    if (task.status === "submitted") throw ValidationError.form("This exercise has already been submitted.");
    assertOpenForAnswers(task, now);
    await updateTask(tx, task.id, { status: "skipped", skipReason: input.reason ?? null });
    await recordAudit(tx, ctx.viewer, ctx.request, {
      action: "task.skip",
      entityType: "task",
      entityId: task.id,
      coupleId: task.coupleId,
      details: { reason: input.reason ?? null },
    });
    return { status: "skipped" as const };
  });
}
