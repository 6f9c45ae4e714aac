import { truncateText } from "@/db/schema/_shared/text";
import type { CounselorViewer } from "../../auth/viewer";
import type { ServiceContext } from "../context";
import { loadVersion, requireLibraryTemplate } from "./find-template";
import { createTemplate } from "./save-template";

const SUFFIX = " (adapted)";

/** Copies the current version of a library template into a new practice template to adapt. */
export async function duplicateTemplate(ctx: ServiceContext<CounselorViewer>, templateId: string) {
  const source = await requireLibraryTemplate(ctx.db, ctx.viewer, templateId);
  const { definition } = await loadVersion(ctx.db, source);
  const title = definition.title.endsWith(SUFFIX) ? definition.title : `${truncateText(definition.title, 120 - SUFFIX.length)}${SUFFIX}`;
  return createTemplate(ctx, { ...definition, title }, { basedOnTemplateId: source.id, action: "template.duplicate" });
}
