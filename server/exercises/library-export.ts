import { parsedBuiltinLibrary } from "./library";

/**
 * The built-in library as a reviewable document: every template's current content
 * with defaults filled in, so a clinical lead reads exactly what partners will see.
 */
export function buildLibraryExport(now = new Date()) {
  const templates = parsedBuiltinLibrary().map(({ slug, catalogueId, contentVersion, definition }) => ({ slug, catalogueId, contentVersion, definition }));
  return { format: "trellis-library", formatVersion: 1, exportedAt: now.toISOString(), count: templates.length, templates };
}
