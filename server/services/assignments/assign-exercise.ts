import type { z } from "zod";
import { hasOpenSafetyConcern, insertAssignment, markVersionUsed } from "@/db/queries/assignments";
import { findCaseloadCouple } from "@/db/queries/couples";
import type { ZAssignInput } from "@/db/schema/assignments/validation";
import { assignableAudiences } from "@/db/schema/assignments/rules";
import type { CounselorViewer } from "../../auth/viewer";
import { NotFoundError, ValidationError } from "../../errors";
import { recordAudit } from "../audit";
import type { ServiceContext } from "../context";
import { loadVersion, requireLibraryTemplate } from "../library/find-template";
import { notifyTaskAssigned } from "../notifications/notify";
import { materializeCoupleTasks } from "./materialize-tasks";
import { reviewOverrideEdit } from "./visibility-overrides";
import { requireWritableCouple } from "../couples/require-writable";

const AUDIENCE_LABEL = { hp: "hurt", ip: "involved" } as const;

/**
 * Assigns the current version of a library exercise to a couple on the counselor's
 * caseload and creates its first tasks. The version is frozen from now on; later
 * edits of the template make new versions and never touch this assignment.
 */
export async function assignExercise(ctx: ServiceContext<CounselorViewer>, input: z.output<typeof ZAssignInput>) {
  return ctx.db.transaction(async (tx) => {
    const couple = await findCaseloadCouple(tx, { counselorId: ctx.viewer.userId, practiceId: ctx.viewer.practiceId }, input.coupleId);
    if (!couple) throw new NotFoundError("We couldn't find that couple on your caseload.");
    await requireWritableCouple(tx, couple.id);
    if (couple.status !== "active") throw ValidationError.form("This couple is paused or archived, so nothing can be assigned.");
    const template = await requireLibraryTemplate(tx, ctx.viewer, input.templateId);
    if (template.archivedAt) throw new ValidationError({ templateId: ["This exercise is archived. Restore it in the library to assign it."] });
    const version = await loadVersion(tx, template);
    const { definition } = version;

    const fieldErrors: Record<string, string[]> = {};
    if (!assignableAudiences(definition.audience).includes(input.audience)) {
      fieldErrors.audience = ["This exercise was written for someone else; choose who it was written for."];
    }
    if (input.audience === "hp" || input.audience === "ip") {
      const label = AUDIENCE_LABEL[input.audience];
      if (!couple.partners.some((partner) => partner.label === label || partner.label === "mutual")) {
        fieldErrors.audience = [`Neither partner is marked as the ${label} partner. Set their roles on the couple's page first.`];
      }
    }
    // The same privacy rules as editing, starting from the template's own classes.
    const privacy = reviewOverrideEdit(definition, {}, input.visibilityOverrides, "An override can only make an answer more private.");
    Object.assign(fieldErrors, privacy.fieldErrors);
    if (Object.keys(fieldErrors).length > 0) throw new ValidationError(fieldErrors);
    if (definition.needsSafetyClearance && (await hasOpenSafetyConcern(tx, couple.id))) {
      throw ValidationError.form(
        "This exercise needs a safety clearance, and a violence or coercion concern is open for this couple. Close the concern first if it is safe to go ahead.",
      );
    }

    await markVersionUsed(tx, version.id);
    const assignment = await insertAssignment(tx, {
      coupleId: couple.id,
      templateVersionId: version.id,
      assignedById: ctx.viewer.userId,
      audience: input.audience,
      schedule: input.schedule,
      startsOn: input.startsOn,
      noteToCouple: input.noteToCouple || null,
      visibilityOverrides: privacy.overrides,
    });
    await recordAudit(tx, ctx.viewer, ctx.request, {
      action: "assignment.create",
      entityType: "assignment",
      entityId: assignment.id,
      coupleId: couple.id,
      details: { templateVersionId: version.id, audience: input.audience, schedule: input.schedule.kind },
    });
    await materializeCoupleTasks(tx, couple.id);
    await notifyTaskAssigned(tx, { id: assignment.id, coupleId: couple.id, audience: input.audience });
    return { assignmentId: assignment.id };
  });
}
