import { hasOpenSafetyConcern } from "@/db/queries/assignments";
import { findActiveDisclosure, findStoredField, insertDisclosure, openShareRequest } from "@/db/queries/disclosures";
import { findCaseloadResponse } from "@/db/queries/review";
import type { Database } from "@/db/client";
import type { CounselorViewer } from "../../auth/viewer";
import { NotFoundError, ValidationError } from "../../errors";
import { recordAudit } from "../audit";
import type { ServiceContext } from "../context";
import { notifyCounselorReleased, notifyShareRequested } from "../notifications/notify";
import { requireWritableCouple } from "../couples/require-writable";

async function requireSubmittedField(db: Database, viewer: CounselorViewer, input: { responseId: string; fieldKey: string }) {
  const response = await findCaseloadResponse(db, { counselorId: viewer.userId, practiceId: viewer.practiceId }, input.responseId);
  if (!response || response.state !== "submitted") throw new NotFoundError("We couldn't find that answer for your caseload.");
  await requireWritableCouple(db, response.coupleId);
  const field = await findStoredField(db, response.id, input.fieldKey);
  if (!field) throw new ValidationError({ fieldKey: ["There is no answer to that question."] });
  return { response, field };
}

/**
 * The counselor releases a release-gated answer to the other partner, at the revision
 * they read. Nothing else can be released: private answers only by their author,
 * safety answers never. Held back by the author, or under an open violence/coercion
 * concern for an exercise that needs clearance, it stays where it is.
 */
export async function releaseAnswer(ctx: ServiceContext<CounselorViewer>, input: { responseId: string; fieldKey: string }) {
  return ctx.db.transaction(async (tx) => {
    const { response, field } = await requireSubmittedField(tx, ctx.viewer, input);
    if (field.visibility === "safety") throw ValidationError.form("Safety answers stay between the author and you. They can never be released.");
    if (field.visibility === "counselor_only") throw ValidationError.form("Only the author can share a private answer. You can ask them to.");
    if (field.visibility === "shared") throw ValidationError.form("The other partner can already read this answer.");
    if (field.releaseWithdrawnAt) throw ValidationError.form("The author asked you not to release this answer yet. Talk it over with them first.");
    if (response.needsSafetyClearance && (await hasOpenSafetyConcern(tx, response.coupleId))) {
      throw ValidationError.form("A violence or coercion concern is open for this couple, so answers to this exercise can't be released.");
    }
    if (await findActiveDisclosure(tx, response.id, input.fieldKey)) return { released: true };
    const disclosureId = await insertDisclosure(tx, { responseId: response.id, fieldKey: input.fieldKey, kind: "counselor_release", actorId: ctx.viewer.userId, responseVersion: response.version });
    if (disclosureId) await notifyCounselorReleased(tx, disclosureId);
    await recordAudit(tx, ctx.viewer, ctx.request, {
      action: "response.release",
      entityType: "disclosure",
      entityId: disclosureId ?? null,
      coupleId: response.coupleId,
      details: { responseId: response.id, fieldKey: input.fieldKey, responseVersion: response.version },
    });
    return { released: true };
  });
}

/** The counselor asks the author to share a private answer; only the author can say yes. */
export async function requestShare(ctx: ServiceContext<CounselorViewer>, input: { responseId: string; fieldKey: string }) {
  return ctx.db.transaction(async (tx) => {
    const { response, field } = await requireSubmittedField(tx, ctx.viewer, input);
    if (field.visibility !== "counselor_only") {
      throw ValidationError.form(
        field.visibility === "safety" ? "Safety answers can never be shared, so sharing can't be requested." : "Only private answers can be requested; this one is shared or released by you.",
      );
    }
    if (await findActiveDisclosure(tx, response.id, input.fieldKey)) throw ValidationError.form("The author has already shared this answer.");
    const requestId = await openShareRequest(tx, { responseId: response.id, fieldKey: input.fieldKey, requestedById: ctx.viewer.userId });
    if (requestId) await notifyShareRequested(tx, { id: requestId, coupleId: response.coupleId, authorId: response.authorId });
    await recordAudit(tx, ctx.viewer, ctx.request, {
      action: "share_request.open",
      entityType: "share_request",
      entityId: requestId ?? null,
      coupleId: response.coupleId,
      details: { responseId: response.id, fieldKey: input.fieldKey },
    });
    return { requested: true };
  });
}

