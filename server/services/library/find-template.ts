import { findLibraryTemplate } from "@/db/queries/templates";
import type { Database } from "@/db/client";
import type { CounselorViewer } from "../../auth/viewer";
import { NotFoundError } from "../../errors";

export const TEMPLATE_NOT_FOUND = "We couldn't find that exercise in your library.";

/** A template in the caller's library (built-in or their practice's); NOT_FOUND for anything else. */
export async function requireLibraryTemplate(db: Database, viewer: CounselorViewer, templateId: string) {
  const template = await findLibraryTemplate(db, viewer.practiceId, templateId);
  if (!template) throw new NotFoundError(TEMPLATE_NOT_FOUND);
  return template;
}

export type LibraryTemplate = Awaited<ReturnType<typeof requireLibraryTemplate>>;

export function latestVersionOf(template: LibraryTemplate) {
  const latest = template.versions[0];
  if (!latest) throw new Error(`template ${template.id} has no versions`);
  return latest;
}
