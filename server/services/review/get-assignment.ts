import { findCaseloadCouple } from "@/db/queries/couples";
import { markMissedTasks } from "@/db/queries/responses";
import { findCaseloadAssignmentDetail, listAssignmentTasks } from "@/db/queries/review";
import { todayIn } from "@/db/schema/_shared/calendar";
import type { CounselorViewer } from "../../auth/viewer";
import { NotFoundError } from "../../errors";
import { recordAudit } from "../audit";
import type { ServiceContext } from "../context";

/**
 * One homework assignment for the counselor: its schedule and state, and every
 * occurrence so far with each partner's status (or the couple's, for joint work).
 */
export async function getAssignment(ctx: ServiceContext<CounselorViewer>, assignmentId: string, now: Date = new Date()) {
  const scope = { counselorId: ctx.viewer.userId, practiceId: ctx.viewer.practiceId };
  const assignment = await findCaseloadAssignmentDetail(ctx.db, scope, assignmentId);
  if (!assignment) throw new NotFoundError("We couldn't find that homework for your caseload.");
  const couple = await findCaseloadCouple(ctx.db, scope, assignment.coupleId);
  if (!couple) throw new NotFoundError("We couldn't find that homework for your caseload.");
  await markMissedTasks(ctx.db, assignment.coupleId, now);
  const today = todayIn(assignment.timeZone, now);
  const tasks = await listAssignmentTasks(ctx.db, assignment.id, assignment.coupleId, today);
  await recordAudit(ctx.db, ctx.viewer, ctx.request, { action: "assignment.read", entityType: "assignment", entityId: assignment.id, coupleId: assignment.coupleId });

  const occurrences = new Map<string, typeof tasks>();
  for (const task of tasks) occurrences.set(task.dueOn, [...(occurrences.get(task.dueOn) ?? []), task]);
  const { definition, ...rest } = assignment;
  return {
    ...rest,
    title: definition.title,
    estimatedMinutes: definition.estimatedMinutes,
    today,
    partners: couple.partners.map((partner) => ({ userId: partner.userId, displayName: partner.displayName, label: partner.label })),
    occurrences: [...occurrences.entries()].map(([dueOn, parts]) => ({ dueOn, parts })),
  };
}
