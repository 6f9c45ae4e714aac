import { deleteUnstartedTasksAfter, findCaseloadAssignment, updateAssignmentStatus } from "@/db/queries/assignments";
import type { CounselorViewer } from "../../auth/viewer";
import { NotFoundError, ValidationError } from "../../errors";
import { todayIn } from "@/db/schema/_shared/calendar";
import { recordAudit } from "../audit";
import type { ServiceContext } from "../context";
import { materializeCoupleTasks } from "./materialize-tasks";
import { requireWritableCouple } from "../couples/require-writable";

type Action = "pause" | "resume" | "end";

/**
 * Pausing or ending stops future tasks: those due after today that nobody has started
 * are removed (drafts, answers and submitted work stay). Resuming picks the schedule
 * up again from tomorrow; the days it was paused are not owed. Ending is final.
 */
export async function setAssignmentStatus(ctx: ServiceContext<CounselorViewer>, input: { assignmentId: string; action: Action }) {
  return ctx.db.transaction(async (tx) => {
    const assignment = await findCaseloadAssignment(tx, { counselorId: ctx.viewer.userId, practiceId: ctx.viewer.practiceId }, input.assignmentId);
    if (!assignment) throw new NotFoundError("We couldn't find that homework for your caseload.");
    await requireWritableCouple(tx, assignment.coupleId);
    if (assignment.status === "ended") throw ValidationError.form("This homework has ended. Assign the exercise again to restart it.");
    const today = todayIn(assignment.timeZone);
    let removed = 0;
    if (input.action === "resume") {
      if (assignment.status !== "paused") throw ValidationError.form("This homework isn't paused.");
      await updateAssignmentStatus(tx, assignment.id, { status: "active", tasksThrough: today });
    } else {
      if (input.action === "pause" && assignment.status !== "active") throw ValidationError.form("This homework is already paused.");
      removed = await deleteUnstartedTasksAfter(tx, assignment.id, today);
      await updateAssignmentStatus(
        tx,
        assignment.id,
        input.action === "end" ? { status: "ended", endsOn: today, endedAt: new Date() } : { status: "paused" },
      );
    }
    await recordAudit(tx, ctx.viewer, ctx.request, {
      action: `assignment.${input.action}`,
      entityType: "assignment",
      entityId: assignment.id,
      coupleId: assignment.coupleId,
      details: { removedFutureTasks: removed },
    });
    if (input.action === "resume") await materializeCoupleTasks(tx, assignment.coupleId);
    return { assignmentId: assignment.id, status: input.action === "resume" ? "active" : input.action === "end" ? "ended" : "paused" };
  });
}
