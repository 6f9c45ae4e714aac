import type { z } from "zod";
import {
  closeShareRequests,
  findActiveDisclosure,
  findOpenShareRequest,
  findStoredField,
  insertDisclosure,
  setReleaseWithdrawn,
  withdrawDisclosure,
} from "@/db/queries/disclosures";
import { findOwnResponse, findResponseOwner } from "@/db/queries/responses";
import type { ZAnswerShareRequestInput, ZReleaseOfferInput, ZShareAnswerInput, ZStopSharingInput } from "@/db/schema/responses/validation";
import type { Database } from "@/db/client";
import type { PartnerViewer } from "../../auth/viewer";
import { NotFoundError, ValidationError } from "../../errors";
import { recordAudit } from "../audit";
import type { ServiceContext } from "../context";
import { notifyPartnerShared, withdrawShareNotification } from "../notifications/notify";
import { requirePartnerTask } from "./load-partner-task";

/** The author's own submitted answer to one field; sharing starts from nothing less. */
async function requireOwnSubmittedField(db: Database, viewer: PartnerViewer, taskId: string, fieldKey: string) {
  const task = await requirePartnerTask(db, viewer, taskId);
  const response = await findOwnResponse(db, task.id, viewer.userId, { lock: true });
  if (response?.state !== "submitted") throw ValidationError.form("Submit this exercise first; then you can choose what to share.");
  const field = await findStoredField(db, response.id, fieldKey);
  if (!field) throw new ValidationError({ fieldKey: ["There is no answer to that question to share."] });
  return { task, response, field };
}

/**
 * The author shares a private answer with their partner. This is consent, so it is
 * recorded with the time and the revision it covers; safety answers can never be
 * shared, and shared or release-gated ones go their own way.
 */
export async function shareAnswer(ctx: ServiceContext<PartnerViewer>, input: z.output<typeof ZShareAnswerInput>) {
  return ctx.db.transaction(async (tx) => {
    const { task, response, field } = await requireOwnSubmittedField(tx, ctx.viewer, input.taskId, input.fieldKey);
    if (field.visibility === "safety") throw ValidationError.form("Answers to safety questions stay between you and your counselor. They can't be shared.");
    if (field.visibility === "shared") throw ValidationError.form("Your partner can already read this answer.");
    if (field.visibility === "release_gated") throw ValidationError.form("Your counselor releases this answer, usually after reading it with you in session.");
    const active = await findActiveDisclosure(tx, response.id, input.fieldKey);
    if (active?.responseVersion === response.version) return { shared: true };
    if (active) {
      await withdrawDisclosure(tx, active.id);
      await withdrawShareNotification(tx, active.id);
    }
    const disclosureId = await insertDisclosure(tx, { responseId: response.id, fieldKey: input.fieldKey, kind: "author_share", actorId: ctx.viewer.userId, responseVersion: response.version });
    if (disclosureId) await notifyPartnerShared(tx, disclosureId);
    await closeShareRequests(tx, response.id, input.fieldKey, "accepted");
    await recordAudit(tx, ctx.viewer, ctx.request, {
      action: "response.share",
      entityType: "disclosure",
      entityId: disclosureId ?? null,
      coupleId: task.coupleId,
      details: { responseId: response.id, fieldKey: input.fieldKey, responseVersion: response.version },
    });
    return { shared: true };
  });
}

/** The author stops sharing from now on (what was read can't be unread; the UI says so). */
export async function stopSharing(ctx: ServiceContext<PartnerViewer>, input: z.output<typeof ZStopSharingInput>) {
  return ctx.db.transaction(async (tx) => {
    const { task, response } = await requireOwnSubmittedField(tx, ctx.viewer, input.taskId, input.fieldKey);
    const active = await findActiveDisclosure(tx, response.id, input.fieldKey);
    if (active?.kind !== "author_share") throw ValidationError.form("This answer isn't shared by you, so there is nothing to stop.");
    await withdrawDisclosure(tx, active.id);
    await withdrawShareNotification(tx, active.id);
    await recordAudit(tx, ctx.viewer, ctx.request, {
      action: "response.unshare",
      entityType: "disclosure",
      entityId: active.id,
      coupleId: task.coupleId,
      details: { responseId: response.id, fieldKey: input.fieldKey },
    });
    return { shared: false };
  });
}

/** Before the counselor releases a release-gated answer, its author can hold it back, and offer it again. */
export async function setReleaseOffer(ctx: ServiceContext<PartnerViewer>, input: z.output<typeof ZReleaseOfferInput>) {
  return ctx.db.transaction(async (tx) => {
    const { task, response, field } = await requireOwnSubmittedField(tx, ctx.viewer, input.taskId, input.fieldKey);
    if (field.visibility !== "release_gated") throw ValidationError.form("Only answers your counselor releases can be held back.");
    if (await findActiveDisclosure(tx, response.id, input.fieldKey)) {
      throw ValidationError.form("Your counselor has already released this answer to your partner.");
    }
    await setReleaseWithdrawn(tx, response.id, input.fieldKey, !input.offered);
    await recordAudit(tx, ctx.viewer, ctx.request, {
      action: input.offered ? "response.release_offered" : "response.release_withdrawn",
      entityType: "response",
      entityId: response.id,
      coupleId: task.coupleId,
      details: { fieldKey: input.fieldKey },
    });
    return { offered: input.offered };
  });
}

/** The author answers a counselor's request to share; only the author can. */
export async function answerShareRequest(ctx: ServiceContext<PartnerViewer>, input: z.output<typeof ZAnswerShareRequestInput>) {
  return ctx.db.transaction(async (tx) => {
    const request = await findOpenShareRequest(tx, input.requestId);
    const owner = request ? await findResponseOwner(tx, request.responseId) : undefined;
    if (!request || !owner || owner.authorId !== ctx.viewer.userId || owner.coupleId !== ctx.viewer.coupleId) {
      throw new NotFoundError("We couldn't find that request. It may have been answered already.");
    }
    if (input.accept) return shareAnswer({ ...ctx, db: tx }, { taskId: owner.taskId, fieldKey: request.fieldKey, confirm: true });
    await closeShareRequests(tx, request.responseId, request.fieldKey, "declined");
    await recordAudit(tx, ctx.viewer, ctx.request, { action: "share_request.decline", entityType: "share_request", entityId: request.id, coupleId: owner.coupleId });
    return { shared: false };
  });
}
