import type { z } from "zod";
import { bumpPolicyVersions, countWordings, findCrisisResources, findCurrentWording, insertWording, updateCrisisResources } from "@/db/queries/practice-safety";
import { SECRETS_POLICIES } from "@/db/schema/_shared/enums";
import type { ZSaveCrisisResourcesInput, ZSavePolicyWordingInput } from "@/db/schema/practices/validation";
import type { AdminViewer } from "../../auth/viewer";
import { recordAudit } from "../audit";
import type { ServiceContext } from "../context";

/** The admin's Safety & consent page: the practice's crisis lines and its wording of each policy. */
export async function getSafetySettings(ctx: ServiceContext<AdminViewer>) {
  const [resources, wordings] = await Promise.all([
    findCrisisResources(ctx.db, ctx.viewer.practiceId),
    Promise.all(
      SECRETS_POLICIES.map(async (policy) => {
        const [current, versions] = await Promise.all([findCurrentWording(ctx.db, ctx.viewer.practiceId, policy), countWordings(ctx.db, ctx.viewer.practiceId, policy)]);
        return { policy, current: current ?? null, versions };
      }),
    ),
  ]);
  return { crisisResources: resources, usesDefaultResources: resources === null, wordings };
}

export async function saveCrisisResources(ctx: ServiceContext<AdminViewer>, input: z.output<typeof ZSaveCrisisResourcesInput>) {
  await ctx.db.transaction(async (tx) => {
    await updateCrisisResources(tx, ctx.viewer.practiceId, input.resources);
    await recordAudit(tx, ctx.viewer, ctx.request, {
      action: "practice.crisis_resources.update",
      entityType: "practice",
      entityId: ctx.viewer.practiceId,
      details: { count: input.resources?.length ?? 0, defaults: input.resources === null },
    });
  });
  return { saved: true as const };
}

/**
 * Saves a new version of the practice's wording. Every couple of the practice on that
 * policy moves to a new agreement version in the same transaction, so no partner keeps
 * working under words they haven't read.
 */
export async function savePolicyWording(ctx: ServiceContext<AdminViewer>, input: z.output<typeof ZSavePolicyWordingInput>) {
  return ctx.db.transaction(async (tx) => {
    const id = await insertWording(tx, { practiceId: ctx.viewer.practiceId, policy: input.policy, body: input.body, createdBy: ctx.viewer.userId });
    const couplesAsked = await bumpPolicyVersions(tx, ctx.viewer.practiceId, input.policy);
    await recordAudit(tx, ctx.viewer, ctx.request, {
      action: "practice.policy_wording.create",
      entityType: "policy_wording",
      entityId: id,
      details: { policy: input.policy, couplesAsked },
    });
    return { id, couplesAsked };
  });
}
