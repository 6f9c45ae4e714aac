import type { Database } from "@/db/client";
import { insertTemplate, insertTemplateVersion, listBuiltinContentVersions } from "@/db/queries/templates";
import { parsedBuiltinLibrary, type ParsedBuiltin } from "../../exercises/library";

/**
 * Brings the stored built-in library up to the content shipped with this build.
 * Idempotent: a template whose stored content version is current is left alone; a
 * newer one gets an added version. Stored versions are never rewritten, so tasks keep
 * the wording they were assigned with. Run at start under the boot lock.
 */
export async function syncBuiltinLibrary(db: Database, library: readonly ParsedBuiltin[] = parsedBuiltinLibrary()) {
  return db.transaction(async (tx) => {
    const stored = new Map((await listBuiltinContentVersions(tx)).map((row) => [row.slug, row]));
    let added = 0;
    let upgraded = 0;
    for (const builtin of library) {
      const existing = stored.get(builtin.slug);
      if (!existing) {
        const template = await insertTemplate(tx, { slug: builtin.slug, origin: "builtin", practiceId: null });
        await insertTemplateVersion(tx, { templateId: template.id, version: 1, definition: builtin.definition, contentVersion: builtin.contentVersion });
        added += 1;
      } else if ((existing.latestContentVersion ?? 0) < builtin.contentVersion) {
        await insertTemplateVersion(tx, {
          templateId: existing.id,
          version: (existing.latestVersion ?? 0) + 1,
          definition: builtin.definition,
          contentVersion: builtin.contentVersion,
        });
        upgraded += 1;
      }
    }
    return { added, upgraded, total: library.length };
  });
}
