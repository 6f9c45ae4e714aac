import { findCaseloadAssignmentForEdit } from "@/db/queries/assignments";
import { todayIn } from "@/db/schema/_shared/calendar";
import type { CounselorViewer } from "../../auth/viewer";
import { NotFoundError } from "../../errors";
import { recordAudit } from "../audit";
import type { ServiceContext } from "../context";
import { fieldPrivacy } from "./visibility-overrides";

/** Homework as the edit form starts from: current settings, the version to save against, and each question's privacy. */
export async function getAssignmentForEdit(ctx: ServiceContext<CounselorViewer>, assignmentId: string, now: Date = new Date()) {
  const assignment = await findCaseloadAssignmentForEdit(ctx.db, { counselorId: ctx.viewer.userId, practiceId: ctx.viewer.practiceId }, assignmentId);
  if (!assignment) throw new NotFoundError("We couldn't find that homework for your caseload.");
  await recordAudit(ctx.db, ctx.viewer, ctx.request, {
    action: "assignment.read",
    entityType: "assignment",
    entityId: assignment.id,
    coupleId: assignment.coupleId,
    details: { purpose: "edit" },
  });
  const { definition, timeZone, ...rest } = assignment;
  return { ...rest, title: definition.title, today: todayIn(timeZone, now), fields: fieldPrivacy(definition, assignment.visibilityOverrides) };
}
