import { findLibraryTemplate, findVersionDefinition } from "@/db/queries/templates";
import type { Database } from "@/db/client";
import type { CounselorViewer } from "../../auth/viewer";
import { NotFoundError } from "../../errors";

const TEMPLATE_NOT_FOUND = "We couldn't find that exercise in your library.";

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

/** One version of the template with its definition: the latest, or the numbered one (NOT_FOUND if it doesn't exist). */
export async function loadVersion(db: Database, template: LibraryTemplate, version?: number) {
  const found = version === undefined ? latestVersionOf(template) : template.versions.find((candidate) => candidate.version === version);
  if (!found) throw new NotFoundError("That version of the exercise doesn't exist.");
  return { ...found, definition: await findVersionDefinition(db, found.id) };
}
