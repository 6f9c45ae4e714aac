import "server-only";
import { unstable_rethrow } from "next/navigation";
import { DEFAULT_CRISIS_RESOURCES } from "@/db/schema/practices/crisis-defaults";
import type { CrisisResource } from "@/db/schema/practices/table";
import { loadForPage } from "./request-context";

/**
 * The partner's practice's crisis lines for a page. If they can't be read (the database
 * is struggling), the defaults still show: a crisis page must never be an error page.
 * Signing in and not-found still work as on every page.
 */
export async function loadCrisisResources(): Promise<CrisisResource[]> {
  try {
    return await loadForPage((caller) => caller.help.resources());
  } catch (error) {
    unstable_rethrow(error);
    return DEFAULT_CRISIS_RESOURCES;
  }
}
