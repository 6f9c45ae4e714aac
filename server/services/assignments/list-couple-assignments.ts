import { countCoupleTasks, listCoupleAssignments } from "@/db/queries/assignments";
import { findCaseloadCouple } from "@/db/queries/couples";
import { markMissedTasks } from "@/db/queries/responses";
import type { TaskStatus } from "@/db/schema/_shared/enums";
import type { CounselorViewer } from "../../auth/viewer";
import { NotFoundError } from "../../errors";
import { todayIn } from "@/db/schema/_shared/calendar";
import { recordAudit } from "../audit";
import type { ServiceContext } from "../context";

type Counts = Record<TaskStatus, number> & { late: number };
const emptyCounts = (): Counts => ({ not_started: 0, in_progress: 0, submitted: 0, missed: 0, skipped: 0, late: 0 });

/** A couple's homework with completion per partner (or for the couple, for joint work) up to today. */
export async function listAssignmentsForCouple(ctx: ServiceContext<CounselorViewer>, coupleId: string) {
  const couple = await findCaseloadCouple(ctx.db, { counselorId: ctx.viewer.userId, practiceId: ctx.viewer.practiceId }, coupleId);
  if (!couple) throw new NotFoundError("We couldn't find that couple on your caseload.");
  const today = todayIn(couple.timeZone);
  await markMissedTasks(ctx.db, couple.id, new Date());
  const [rows, counts] = await Promise.all([listCoupleAssignments(ctx.db, couple.id), countCoupleTasks(ctx.db, couple.id, today)]);
  await recordAudit(ctx.db, ctx.viewer, ctx.request, { action: "assignment.list", entityType: "assignment", coupleId: couple.id });

  const byAssignment = new Map<string, Map<string | null, Counts>>();
  for (const row of counts) {
    const perAssignee = byAssignment.get(row.assignmentId) ?? new Map<string | null, Counts>();
    byAssignment.set(row.assignmentId, perAssignee);
    const entry = perAssignee.get(row.assigneeId) ?? emptyCounts();
    perAssignee.set(row.assigneeId, entry);
    entry[row.status] += row.n;
    if (row.isLate) entry.late += row.n;
  }
  return rows.map((assignment) => {
    const perAssignee = byAssignment.get(assignment.id) ?? new Map<string | null, Counts>();
    const who = assignment.audience === "together" ? [null] : couple.partners.map((partner) => partner.userId);
    return {
      ...assignment,
      completion: who
        .filter((assigneeId) => assignment.audience === "together" || perAssignee.has(assigneeId) || assignment.audience === "each")
        .map((assigneeId) => ({ assigneeId, counts: perAssignee.get(assigneeId) ?? emptyCounts() })),
    };
  });
}
