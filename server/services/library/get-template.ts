import type { CounselorViewer } from "../../auth/viewer";
import type { ServiceContext } from "../context";
import { latestVersionOf, loadVersion, requireLibraryTemplate } from "./find-template";

/**
 * One template with its version history and the full definition of one version
 * (the latest unless asked), so a counselor can read exactly what an older task used.
 */
export async function getLibraryTemplate(ctx: ServiceContext<CounselorViewer>, input: { templateId: string; version?: number | undefined }) {
  const template = await requireLibraryTemplate(ctx.db, ctx.viewer, input.templateId);
  const latest = latestVersionOf(template);
  const selected = await loadVersion(ctx.db, template, input.version);
  return {
    id: template.id,
    slug: template.slug,
    origin: template.origin,
    editable: template.origin === "custom" && template.practiceId === ctx.viewer.practiceId,
    archived: template.archivedAt !== null,
    basedOnTemplateId: template.basedOnTemplateId,
    latestVersion: latest.version,
    versions: template.versions.map((version) => ({
      version: version.version,
      savedAt: version.createdAt,
      inUse: version.firstUsedAt !== null,
      title: version.title,
    })),
    version: {
      id: selected.id,
      version: selected.version,
      savedAt: selected.createdAt,
      inUse: selected.firstUsedAt !== null,
      definition: selected.definition,
    },
  };
}
