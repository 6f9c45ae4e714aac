import type { Database } from "@/db/client";
import type { TTemplateDefinition } from "@/db/schema/exercises/definition";
import { syncBuiltinLibrary } from "@/server/services/library/sync-builtins";
import { queryAll, run } from "./sql";

export interface LibraryVersion {
  slug: string;
  templateId: string;
  versionId: string;
  version: number;
  definition: TTemplateDefinition;
}

/**
 * Installs the built-in library exactly as the app does at start (its ids are the app's
 * random ones, not the seed's) and returns each template's newest version, which is
 * what assignExercise would take.
 */
export async function installLibrary(db: Database): Promise<LibraryVersion[]> {
  await syncBuiltinLibrary(db);
  const rows = await queryAll<{ slug: string; template_id: string; version_id: string; version: number; definition: TTemplateDefinition }>(
    db,
    `SELECT DISTINCT ON (t.id) t.slug, t.id AS template_id, v.id AS version_id, v.version, v.definition
     FROM exercise_templates t JOIN exercise_template_versions v ON v.template_id = t.id
     WHERE t.practice_id IS NULL AND t.origin = 'builtin'
     ORDER BY t.id, v.version DESC`,
  );
  return rows
    .map((row) => ({ slug: row.slug, templateId: row.template_id, versionId: row.version_id, version: row.version, definition: row.definition }))
    .sort((a, b) => a.slug.localeCompare(b.slug));
}

/**
 * Freezes every version an assignment uses, at its first assignment, as markVersionUsed
 * does; the trigger from migration 0001 lets first_used_at be set once, from null.
 */
export async function markVersionsUsed(db: Database): Promise<number> {
  return run(
    db,
    `UPDATE exercise_template_versions v SET first_used_at = used.first_at
     FROM (SELECT template_version_id, min(created_at) AS first_at FROM assignments GROUP BY 1) used
     WHERE v.id = used.template_version_id AND v.first_used_at IS NULL`,
  );
}
