import { setTemplateArchived } from "@/db/queries/templates";
import type { CounselorViewer } from "../../auth/viewer";
import { ValidationError } from "../../errors";
import { recordAudit } from "../audit";
import type { ServiceContext } from "../context";
import { requireLibraryTemplate } from "./find-template";

/**
 * Archiving hides a practice template from the library and from new assignments;
 * tasks already using it keep their version and carry on.
 */
export async function setArchived(ctx: ServiceContext<CounselorViewer>, input: { templateId: string; archived: boolean }) {
  return ctx.db.transaction(async (tx) => {
    const template = await requireLibraryTemplate(tx, ctx.viewer, input.templateId);
    if (template.origin !== "custom" || template.practiceId !== ctx.viewer.practiceId) {
      throw ValidationError.form("Built-in exercises can't be archived.");
    }
    await setTemplateArchived(tx, template.id, input.archived);
    await recordAudit(tx, ctx.viewer, ctx.request, {
      action: input.archived ? "template.archive" : "template.unarchive",
      entityType: "exercise_template",
      entityId: template.id,
    });
    return { templateId: template.id, archived: input.archived };
  });
}
