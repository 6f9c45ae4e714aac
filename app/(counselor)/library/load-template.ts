import "server-only";
import { notFound } from "next/navigation";
import { cache } from "react";
import { ZTemplateId } from "@/db/schema/exercises/validation";
import { loadForPage } from "@/server/api/request-context";

/**
 * One library read per request, shared by a page and its metadata (the exercise's
 * title names the browser tab and is what Next's route announcer reads out).
 */
export const loadTemplate = cache(async (templateId: string, version?: number) => {
  // A malformed id is as unknown as another practice's template.
  if (!ZTemplateId.safeParse(templateId).success) notFound();
  return loadForPage((caller) => caller.library.get({ templateId, version }));
});

export function requestedVersion(raw: string | undefined): number | undefined {
  return raw && /^\d{1,6}$/.test(raw) ? Number(raw) : undefined;
}
