import type { z } from "zod";
import { findConsentState, insertConsent } from "@/db/queries/consent";
import { findCurrentWording } from "@/db/queries/practice-safety";
import type { ZAcceptConsentInput } from "@/db/schema/couples/validation";
import type { PartnerViewer } from "../../auth/viewer";
import { ConflictError, NotFoundError } from "../../errors";
import { recordAudit } from "../audit";
import type { ServiceContext } from "../context";

async function requireState(ctx: ServiceContext<PartnerViewer>) {
  const state = await findConsentState(ctx.db, { coupleId: ctx.viewer.coupleId, userId: ctx.viewer.userId });
  if (!state) throw new NotFoundError();
  return state;
}

/** What the consent page shows: the policy in force, and whether this partner has accepted it (or an earlier one). */
export async function getConsent(ctx: ServiceContext<PartnerViewer>) {
  const state = await requireState(ctx);
  const wording = await findCurrentWording(ctx.db, ctx.viewer.practiceId, state.policy);
  return {
    policy: state.policy,
    /** The practice's own words for the policy, or null for Trellis's. */
    practiceWording: wording?.body ?? null,
    policyVersion: state.policyVersion,
    counselorName: state.counselorName,
    accepted: state.acceptedVersion === state.policyVersion,
    /** They accepted an earlier version: the page says what changed is why they are asked again. */
    changedSinceAccepted: state.acceptedVersion !== null && state.acceptedVersion !== state.policyVersion,
  };
}

/** Records the partner's acceptance of the version they read; a version that changed meanwhile must be read again. */
export async function acceptConsent(ctx: ServiceContext<PartnerViewer>, input: z.output<typeof ZAcceptConsentInput>) {
  const state = await requireState(ctx);
  if (input.policyVersion !== state.policyVersion) throw new ConflictError("Your counselor changed the agreement while you were reading it. Please read the new version.");
  // A new wording always comes with a new version, so the one in force now is the one read.
  const wording = await findCurrentWording(ctx.db, ctx.viewer.practiceId, state.policy);
  await ctx.db.transaction(async (tx) => {
    await insertConsent(tx, {
      wordingId: wording?.id ?? null,
      coupleId: ctx.viewer.coupleId,
      userId: ctx.viewer.userId,
      policy: state.policy,
      policyVersion: state.policyVersion,
      ipAddress: ctx.request.ip,
      userAgent: ctx.request.userAgent,
    });
    await recordAudit(tx, ctx.viewer, ctx.request, {
      action: "consent.accept",
      entityType: "couple",
      entityId: ctx.viewer.coupleId,
      coupleId: ctx.viewer.coupleId,
      details: { policy: state.policy, policyVersion: state.policyVersion, wordingId: wording?.id ?? null },
    });
  });
  return { accepted: true as const };
}
