import type { Database } from "@/db/client";
import {
  addToUnread,
  deleteUnreadAbout,
  findCoupleCounselor,
  findDisclosureSubject,
  findOtherPartner,
  insertNotifications,
  listCoupleMemberIds,
} from "@/db/queries/notifications";
import { listVisibleFromPartner } from "@/db/queries/partner-visible";
import type { Audience } from "@/db/schema/_shared/enums";
import { assigneesFor } from "../assignments/materialize-tasks";

/**
 * Writing in-app notifications, always inside the transaction of the change they are
 * about, so a rolled-back change leaves none. A row holds a kind and ids only; its words
 * are composed when it is read (list-notifications.ts). Nothing here ever tells a partner
 * about the other partner's drafts, private submissions, skips, safety answers or flags:
 * partners hear only about their own homework and about words that are now theirs to read.
 */

/** Each partner the new homework is for: one partner, each partner, or both for a joint exercise. */
export async function notifyTaskAssigned(db: Database, assignment: { id: string; coupleId: string; audience: Audience }) {
  const members = await listCoupleMemberIds(db, assignment.coupleId);
  const recipients = assigneesFor(assignment.audience, members).flatMap((userId) => (userId === null ? members.map((member) => member.userId) : [userId]));
  await insertNotifications(
    db,
    [...new Set(recipients)].map((userId) => ({ userId, kind: "task_assigned" as const, coupleId: assignment.coupleId, subjectId: assignment.id })),
  );
}

/**
 * The other partner hears about a share or a release only when they can read it right
 * now: an answer held back by paired reveal (until they give their own) or paused by an
 * open concern must not be announced, since even its existence is hidden from them.
 */
async function notifyDisclosed(db: Database, kind: "partner_shared" | "counselor_released", disclosureId: string) {
  const subject = await findDisclosureSubject(db, disclosureId);
  if (!subject) return;
  const recipient = await findOtherPartner(db, subject.coupleId, subject.authorId);
  if (!recipient) return;
  const visible = await listVisibleFromPartner(db, { coupleId: subject.coupleId, viewerId: recipient }, { assignmentId: subject.assignmentId, dueOn: subject.dueOn });
  if (!visible.some((row) => row.fieldKey === subject.fieldKey)) return;
  await insertNotifications(db, [{ userId: recipient, kind, coupleId: subject.coupleId, subjectId: disclosureId }]);
}

export function notifyPartnerShared(db: Database, disclosureId: string) {
  return notifyDisclosed(db, "partner_shared", disclosureId);
}

export function notifyCounselorReleased(db: Database, disclosureId: string) {
  return notifyDisclosed(db, "counselor_released", disclosureId);
}

/** A stopped (or replaced) share takes its unread notification with it, so nothing points at words no longer shown. */
export async function withdrawShareNotification(db: Database, disclosureId: string) {
  await deleteUnreadAbout(db, "partner_shared", disclosureId);
}

/** The author, and only the author, hears that the counselor asked them to share an answer. */
export async function notifyShareRequested(db: Database, request: { id: string; coupleId: string; authorId: string }) {
  await insertNotifications(db, [{ userId: request.authorId, kind: "share_requested", coupleId: request.coupleId, subjectId: request.id }]);
}

/**
 * The couple's counselor hears that a partner submitted; one unread row per couple
 * whose count grows. Never the other partner: a submission of private work is private.
 */
export async function notifyPartnerSubmitted(db: Database, submission: { coupleId: string; taskId: string }) {
  const counselorId = await findCoupleCounselor(db, submission.coupleId);
  if (!counselorId) return;
  await addToUnread(db, { userId: counselorId, kind: "partner_submitted", coupleId: submission.coupleId, subjectId: submission.taskId }, 1);
}

/** The couple's counselor hears how many new safety flags there are: a count, never which partner or what. */
export async function notifySafetyFlags(db: Database, coupleId: string, raised: number) {
  if (raised <= 0) return;
  const counselorId = await findCoupleCounselor(db, coupleId);
  if (!counselorId) return;
  await addToUnread(db, { userId: counselorId, kind: "safety_flags", coupleId, subjectId: null }, raised);
}
