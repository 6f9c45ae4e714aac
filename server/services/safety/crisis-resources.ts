import { findCrisisResources } from "@/db/queries/practice-safety";
import { DEFAULT_CRISIS_RESOURCES } from "@/db/schema/practices/crisis-defaults";
import type { CrisisResource } from "@/db/schema/practices/table";
import type { ServiceContext } from "../context";

/** The crisis lines of the caller's practice, or Trellis's defaults; reachable before consent. */
export async function crisisResourcesFor(ctx: ServiceContext): Promise<CrisisResource[]> {
  return (await findCrisisResources(ctx.db, ctx.viewer.practiceId)) ?? DEFAULT_CRISIS_RESOURCES;
}
