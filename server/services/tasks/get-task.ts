import { countRevisions, findOwnResponse, listOwnSharing, listResponseFieldValues, markMissedTasks } from "@/db/queries/responses";
import type { TaskStatus } from "@/db/schema/_shared/enums";
import { partnerFormOf } from "@/db/schema/exercises/partner-form";
import type { PartnerViewer } from "../../auth/viewer";
import { recordAudit } from "../audit";
import type { ServiceContext } from "../context";
import { sharedWithViewer } from "./from-partner";
import { requirePartnerTask } from "./load-partner-task";

/** Per own answer: whether (and how) the partner can read it, and what the author can do about it. */
export type OwnFieldSharing =
  | { state: "shared" }
  | { state: "private"; requestId?: string }
  | { state: "shared_by_you"; since: Date }
  | { state: "release_pending" }
  | { state: "release_held" }
  | { state: "released"; since: Date }
  | { state: "safety" };

/**
 * The status a partner sees for a task: their own part only. For a joint task that
 * means their own response, so the other partner's draft never shows as progress.
 */
export function viewerStatus(taskStatus: TaskStatus, own: { state: "draft" | "submitted" } | undefined): TaskStatus {
  if (own?.state === "submitted") return "submitted";
  if (taskStatus === "missed" || taskStatus === "skipped") return taskStatus;
  return own ? "in_progress" : "not_started";
}

/** Everything the task page shows its author; nothing of the other partner's beyond what they may read. */
export async function getTask(ctx: ServiceContext<PartnerViewer>, taskId: string, now: Date = new Date()) {
  await markMissedTasks(ctx.db, ctx.viewer.coupleId, now);
  const task = await requirePartnerTask(ctx.db, ctx.viewer, taskId);
  const own = await findOwnResponse(ctx.db, task.id, ctx.viewer.userId);
  const values = own ? await listResponseFieldValues(ctx.db, own.id) : [];
  const answers = Object.fromEntries(values.map((row) => [row.fieldKey, row.value]));
  const status = viewerStatus(task.status, own);

  let sharing: Record<string, OwnFieldSharing> = {};
  if (own?.state === "submitted") {
    const { active, requests } = await listOwnSharing(ctx.db, own.id);
    sharing = Object.fromEntries(
      values.map((row): [string, OwnFieldSharing] => {
        const disclosure = active.find((item) => item.fieldKey === row.fieldKey);
        switch (row.visibility) {
          case "safety":
            return [row.fieldKey, { state: "safety" }];
          case "shared":
            return [row.fieldKey, { state: "shared" }];
          case "counselor_only": {
            if (disclosure) return [row.fieldKey, { state: "shared_by_you", since: disclosure.createdAt }];
            const request = requests.find((item) => item.fieldKey === row.fieldKey);
            return [row.fieldKey, request ? { state: "private", requestId: request.id } : { state: "private" }];
          }
          case "release_gated":
            if (disclosure) return [row.fieldKey, { state: "released", since: disclosure.createdAt }];
            return [row.fieldKey, row.releaseWithdrawnAt ? { state: "release_held" } : { state: "release_pending" }];
        }
      }),
    );
  }

  // The other partner's part of the same occurrence, only as far as they may read it.
  const [fromPartner] = await sharedWithViewer(ctx.db, ctx.viewer, { assignmentId: task.assignmentId, dueOn: task.dueOn });
  await recordAudit(ctx.db, ctx.viewer, ctx.request, { action: "task.read", entityType: "task", entityId: task.id, coupleId: task.coupleId });

  const open = status === "not_started" || status === "in_progress";
  return {
    task: {
      id: task.id,
      timeZone: task.timeZone,
      dueOn: task.dueOn,
      dueAt: task.dueAt,
      graceUntil: task.graceUntil,
      status,
      isLate: own?.state === "submitted" && own.submittedAt !== null && own.submittedAt > task.dueAt,
      skipReason: task.isJoint ? null : task.skipReason,
      isJoint: task.isJoint,
      noteToCouple: task.noteToCouple,
      paused: task.assignmentStatus === "paused",
      /** Past its due date but still inside the grace window: late, but it can still be sent. */
      lateNow: open && now > task.dueAt && now <= task.graceUntil,
      canSkip: !task.isJoint && open && now <= task.graceUntil && task.assignmentStatus !== "paused",
    },
    form: partnerFormOf(task.effective, task.variant),
    response: own
      ? {
          state: own.state,
          version: own.version,
          answers,
          savedAt: own.updatedAt,
          submittedAt: own.submittedAt,
          amended: own.state === "submitted" && (await countRevisions(ctx.db, own.id)) > 1,
          pinnedForSession: own.pinnedForSessionAt !== null,
        }
      : null,
    sharing,
    fromPartner: fromPartner?.answers ?? [],
  };
}

export type TaskPageData = Awaited<ReturnType<typeof getTask>>;
