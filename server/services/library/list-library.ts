import { listLibraryTags, listLibraryTemplates, type LibraryFilters } from "@/db/queries/templates";
import type { CounselorViewer } from "../../auth/viewer";
import type { ServiceContext } from "../context";
import { summarizeDefinition } from "./summary";

/** The built-in library and the practice's own templates, filtered for browsing. */
export async function listLibrary(ctx: ServiceContext<CounselorViewer>, filters: LibraryFilters) {
  const [rows, tags] = await Promise.all([
    listLibraryTemplates(ctx.db, ctx.viewer.practiceId, filters),
    listLibraryTags(ctx.db, ctx.viewer.practiceId),
  ]);
  return {
    tags,
    templates: rows.map(({ definition, archivedAt, ...row }) => ({ ...row, archived: archivedAt !== null, ...summarizeDefinition(definition) })),
  };
}
