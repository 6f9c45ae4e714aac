import type { z } from "zod";
import { isUniqueViolation } from "@/db/errors";
import { insertCouple, insertCoupleMembers, insertPartnerAccounts } from "@/db/queries/couples";
import { findEmailsInUse } from "@/db/queries/users";
import type { ZCreateCoupleInput } from "@/db/schema/couples/validation";
import type { CounselorViewer } from "../../auth/viewer";
import { requestMailFlush } from "../../jobs/boss";
import { inviteAccount } from "../invitations/send-invitation";
import { ValidationError } from "../../errors";
import { recordAudit } from "../audit";
import type { ServiceContext } from "../context";

// Deliberately says nothing about where or why: the address may belong to someone in
// another practice, and whether a person uses Trellis is itself confidential.
const EMAIL_UNAVAILABLE = "This email can't be used for a new partner account. Ask the partner for another address.";

/**
 * Adds a couple to the calling counselor's caseload, with an account for each partner.
 * The accounts have no password until the partner accepts an invitation. Practice and
 * counselor come from the session, never from the input.
 */
export async function createCouple(ctx: ServiceContext<CounselorViewer>, input: z.output<typeof ZCreateCoupleInput>, now: Date = new Date()) {
  try {
    const created = await ctx.db.transaction(async (tx) => {
      const emails = input.partners.map((partner) => partner.email);
      const inUse = await findEmailsInUse(tx, emails);
      if (inUse.size > 0) throw emailsInUseError(emails, inUse);

      const couple = await insertCouple(tx, {
        practiceId: ctx.viewer.practiceId,
        counselorId: ctx.viewer.userId,
        displayName: input.displayName,
        timeZone: input.timeZone,
        secretsPolicy: input.secretsPolicy,
      });
      const accounts = await insertPartnerAccounts(
        tx,
        input.partners.map((partner) => ({ practiceId: ctx.viewer.practiceId, email: partner.email, displayName: partner.displayName })),
      );
      const accountIdByEmail = new Map(accounts.map((account) => [account.email, account.id]));
      await insertCoupleMembers(
        tx,
        input.partners.map((partner, index) => {
          const userId = accountIdByEmail.get(partner.email);
          if (!userId) throw new Error("partner account missing after insert");
          return { coupleId: couple.id, userId, slot: index + 1, label: partner.label };
        }),
      );
      await recordAudit(tx, ctx.viewer, ctx.request, {
        action: "couple.create",
        entityType: "couple",
        entityId: couple.id,
        coupleId: couple.id,
        details: { partnerIds: accounts.map((account) => account.id) },
      });
      if (input.sendInvitations) {
        for (const account of accounts) await inviteAccount({ ...ctx, db: tx }, account.id, now);
      }
      return { id: couple.id, invitationsSent: input.sendInvitations ? accounts.length : 0 };
    });
    if (created.invitationsSent > 0) requestMailFlush();
    return created;
  } catch (error) {
    // Two counselors entering the same email at once: the unique index decides.
    const refusal = isUniqueViolation(error, "users_email_key")
      ? new ValidationError({ "partners.0.email": [EMAIL_UNAVAILABLE], "partners.1.email": [EMAIL_UNAVAILABLE] })
      : error;
    if (refusal instanceof ValidationError) {
      // Outside the rolled-back transaction, so repeated probing of addresses leaves a trace.
      await recordAudit(ctx.db, ctx.viewer, ctx.request, {
        action: "couple.create",
        entityType: "couple",
        outcome: "denied",
        details: { reason: "email_unavailable" },
      });
    }
    throw refusal;
  }
}

function emailsInUseError(emails: string[], inUse: Set<string>) {
  const fieldErrors: Record<string, string[]> = {};
  emails.forEach((email, index) => {
    if (inUse.has(email)) fieldErrors[`partners.${index}.email`] = [EMAIL_UNAVAILABLE];
  });
  return new ValidationError(fieldErrors);
}
