import { findPartnerCoupleContext } from "@/db/queries/couples";
import { listFieldsForExport, listOwnConsents, listOwnResponsesForExport, listRevisionsForExport } from "@/db/queries/export";
import { loadDefinitions } from "@/db/queries/partner-visible";
import type { PartnerViewer } from "../../auth/viewer";
import { recordAudit } from "../audit";
import type { ServiceContext } from "../context";
import { sharedWithViewer } from "../tasks/from-partner";
import { labelledAnswers } from "./labels";

/**
 * A partner's own data: everything they wrote (current drafts and every submitted
 * revision, with the questions they answered), what the other partner shared with them
 * or the counselor released to them (through the same query Today uses, so nothing
 * private, counselor-only or safety-related of the other partner's), and their consent
 * records. Nothing the counselor wrote about them is part of it.
 */
export async function exportPartnerData(ctx: ServiceContext<PartnerViewer>, now: Date = new Date()) {
  const { viewer } = ctx;
  const own = await listOwnResponsesForExport(ctx.db, { coupleId: viewer.coupleId, authorId: viewer.userId });
  const ids = own.map((response) => response.id);
  const [fields, revisions, definitions, shared, consents, context] = await Promise.all([
    listFieldsForExport(ctx.db, ids),
    listRevisionsForExport(ctx.db, ids),
    loadDefinitions(ctx.db, own.map((response) => response.templateVersionId)),
    sharedWithViewer(ctx.db, viewer, { limit: 500 }),
    listOwnConsents(ctx.db, { coupleId: viewer.coupleId, userId: viewer.userId }),
    findPartnerCoupleContext(ctx.db, viewer.coupleId),
  ]);

  const answers = own.map((response) => {
    const definition = definitions.get(response.templateVersionId);
    const current = fields.filter((field) => field.responseId === response.id).map((field) => ({ key: field.fieldKey, value: field.value }));
    return {
      exercise: response.title,
      dueOn: response.dueOn,
      state: response.state,
      submittedAt: response.submittedAt,
      ...(response.state === "draft" ? { draft: labelledAnswers(definition, current) } : {}),
      revisions: revisions
        .filter((revision) => revision.responseId === response.id)
        .map((revision) => ({
          version: revision.version,
          savedAt: revision.createdAt,
          answers: labelledAnswers(
            definition,
            Object.entries(revision.fields).map(([key, field]) => ({ key, value: field.value })),
          ),
        })),
    };
  });

  const data = {
    kind: "trellis.partner-export" as const,
    exportedAt: now,
    account: { displayName: viewer.displayName, email: viewer.email },
    counselorName: context?.counselorName ?? null,
    answers,
    sharedWithYou: shared.map((occurrence) => ({
      exercise: occurrence.title,
      dueOn: occurrence.dueOn,
      answers: occurrence.answers.map((answer) => ({ question: answer.field.label, value: answer.value, via: answer.via })),
    })),
    consents,
  };
  await recordAudit(ctx.db, viewer, ctx.request, {
    action: "export",
    entityType: "partner_data",
    entityId: viewer.userId,
    coupleId: viewer.coupleId,
    details: { responses: answers.length, shared: data.sharedWithYou.length },
  });
  return data;
}
