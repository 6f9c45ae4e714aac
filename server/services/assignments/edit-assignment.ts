import type { z } from "zod";
import { deleteUnstartedTasksAfter, findCaseloadAssignmentForEdit, updateAssignmentAtVersion } from "@/db/queries/assignments";
import { todayIn } from "@/db/schema/_shared/calendar";
import { scheduleDateIssues, type ZEditAssignmentInput } from "@/db/schema/assignments/validation";
import type { CounselorViewer } from "../../auth/viewer";
import { ConflictError, NotFoundError, ValidationError } from "../../errors";
import { recordAudit } from "../audit";
import type { ServiceContext } from "../context";
import { materializeCoupleTasks } from "./materialize-tasks";
import { reviewOverrideEdit } from "./visibility-overrides";
import { requireWritableCouple } from "../couples/require-writable";

const STALE = "This homework was changed after you opened it, perhaps in another tab. Reload to see the current settings, then make your change again.";

/**
 * Changes the schedule, note or privacy of homework from tomorrow on. Tasks due today
 * or earlier stay as they are, and so does every task someone has started or
 * answered; only future tasks nobody has touched are replaced by the new schedule's.
 */
export async function editAssignment(ctx: ServiceContext<CounselorViewer>, input: z.output<typeof ZEditAssignmentInput>, now: Date = new Date()) {
  return ctx.db.transaction(async (tx) => {
    const assignment = await findCaseloadAssignmentForEdit(tx, { counselorId: ctx.viewer.userId, practiceId: ctx.viewer.practiceId }, input.assignmentId);
    if (!assignment) throw new NotFoundError("We couldn't find that homework for your caseload.");
    await requireWritableCouple(tx, assignment.coupleId);
    if (assignment.status === "ended") throw ValidationError.form("This homework has ended, so it can't be changed. Assign the exercise again to restart it.");
    if (assignment.version !== input.baseVersion) throw new ConflictError(STALE);

    const today = todayIn(assignment.timeZone, now);
    const privacy = reviewOverrideEdit(assignment.definition, assignment.visibilityOverrides, input.visibilityOverrides);
    const fieldErrors = { ...privacy.fieldErrors };
    for (const issue of scheduleDateIssues(input.schedule, assignment.startsOn)) fieldErrors[issue.path.join(".")] = [issue.message];
    // A new due date of today or earlier would only remove the old task: edits shape tomorrow on.
    if (input.schedule.kind === "once" && input.schedule.dueOn <= today && !(assignment.schedule.kind === "once" && assignment.schedule.dueOn === input.schedule.dueOn)) {
      fieldErrors["schedule.dueOn"] ??= ["Changes apply from tomorrow, so choose a due date after today."];
    }
    if (Object.keys(fieldErrors).length > 0) throw new ValidationError(fieldErrors);

    // Catch up first, so days up to today keep the schedule they were given even if nobody opened Today lately.
    if (assignment.status === "active") await materializeCoupleTasks(tx, assignment.coupleId, now);
    const noteToCouple = input.noteToCouple || null;
    const updated = await updateAssignmentAtVersion(
      tx,
      { id: assignment.id, baseVersion: input.baseVersion },
      { schedule: input.schedule, noteToCouple, visibilityOverrides: privacy.overrides, tasksThrough: today },
    );
    if (!updated) throw new ConflictError(STALE);
    const removed = await deleteUnstartedTasksAfter(tx, assignment.id, today);
    // A paused assignment gets its future tasks when it is resumed.
    if (updated.status === "active") await materializeCoupleTasks(tx, assignment.coupleId, now);

    await recordAudit(tx, ctx.viewer, ctx.request, {
      action: "assignment.update",
      entityType: "assignment",
      entityId: assignment.id,
      coupleId: assignment.coupleId,
      details: {
        version: updated.version,
        schedule: input.schedule.kind,
        noteChanged: noteToCouple !== assignment.noteToCouple,
        tightenedFields: Object.keys(privacy.overrides).filter((key) => privacy.overrides[key] !== assignment.visibilityOverrides[key]),
        removedFutureTasks: removed,
      },
    });
    return { assignmentId: assignment.id, coupleId: assignment.coupleId, version: updated.version, status: updated.status };
  });
}
