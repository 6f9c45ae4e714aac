import { countOwnUnread, findOccurrencesOf, listOwnNotifications, listOwnTasksOf, markAllOwnRead, markOwnRead } from "@/db/queries/notifications";
import { listVisibleFromPartner } from "@/db/queries/partner-visible";
import type { NotificationKind } from "@/db/schema/_shared/enums";
import type { CounselorViewer, PartnerViewer, Viewer } from "../../auth/viewer";
import { NotFoundError } from "../../errors";
import type { ServiceContext } from "../context";

type Row = Awaited<ReturnType<typeof listOwnNotifications>>[number];

/** One notification as its own reader sees it: words composed now, for them, from what they may see. */
export interface NotificationItem {
  id: string;
  kind: NotificationKind;
  count: number;
  /** To the minute: the list says "when", not the exact instant of someone's action. */
  createdAt: Date;
  readAt: Date | null;
  text: string;
  /** Where it leads; null when that is gone or no longer the reader's to open. */
  href: string | null;
}

const toMinute = (date: Date) => new Date(Math.floor(date.getTime() / 60_000) * 60_000);
const plural = (count: number, one: string, many: string) => (count === 1 ? one : many);

function item(row: Row, text: string, href: string | null): NotificationItem {
  return { id: row.id, kind: row.kind, count: row.count, createdAt: toMinute(row.createdAt), readAt: row.readAt ? toMinute(row.readAt) : null, text, href };
}

/** Staff words: the couple's name only while it is still on this counselor's caseload. */
function counselorItems(viewer: CounselorViewer, rows: Row[]): NotificationItem[] {
  return rows.flatMap((row) => {
    const onCaseload = row.coupleId !== null && row.coupleCounselorId === viewer.userId && row.couplePracticeId === viewer.practiceId;
    const couple = onCaseload ? (row.coupleName ?? "a couple") : "a couple no longer on your caseload";
    const open = onCaseload && row.coupleStatus !== "archived";
    switch (row.kind) {
      case "partner_submitted": {
        const text = row.count === 1 ? `A partner submitted homework for ${couple}` : `${row.count} homework submissions for ${couple}`;
        const href = !open ? null : row.count === 1 && row.subjectId ? `/couples/${row.coupleId}/answers/${row.subjectId}` : `/couples/${row.coupleId}`;
        return [item(row, text, href)];
      }
      case "safety_flags":
        return [item(row, `${row.count} new safety ${plural(row.count, "flag", "flags")} for ${couple}`, open ? `/couples/${row.coupleId}/prep` : null)];
      case "task_assigned":
      case "partner_shared":
      case "counselor_released":
      case "share_requested":
        // Partner kinds never belong to staff; should one exist, it is not shown.
        return [];
    }
  });
}

/**
 * Partner words. A share or release links to where the words are readable now (the
 * reader's own task for that occurrence, or Today); once they aren't (the share was
 * stopped, an exercise is paused), the notification stays but leads nowhere.
 */
async function partnerItems(ctx: ServiceContext<PartnerViewer>, rows: Row[]): Promise<NotificationItem[]> {
  const { viewer } = ctx;
  const mine = rows.filter((row) => row.coupleId === viewer.coupleId);
  const disclosureIds = mine.filter((row) => (row.kind === "partner_shared" || row.kind === "counselor_released") && row.disclosureActive && row.subjectId).map((row) => row.subjectId!);
  const responseIds = mine.flatMap((row) => (row.kind === "share_requested" && row.shareRequestResponseId ? [row.shareRequestResponseId] : []));
  const occurrences = await findOccurrencesOf(ctx.db, viewer.coupleId, { disclosureIds, responseIds });
  const visible = disclosureIds.length
    ? new Set((await listVisibleFromPartner(ctx.db, { coupleId: viewer.coupleId, viewerId: viewer.userId })).map((row) => `${row.assignmentId}:${row.dueOn}:${row.fieldKey}`))
    : new Set<string>();
  const assignmentIds = [...occurrences.byDisclosure, ...occurrences.byResponse].map((occurrence) => occurrence.assignmentId);
  const ownTasks = await listOwnTasksOf(ctx.db, { coupleId: viewer.coupleId, userId: viewer.userId }, [...new Set(assignmentIds)]);
  const ownTaskAt = new Map(ownTasks.map((task) => [`${task.assignmentId}:${task.dueOn}`, task.id]));
  const ownTaskIds = new Set(ownTasks.map((task) => task.id));

  const sharedHref = (row: Row) => {
    const occurrence = occurrences.byDisclosure.find((candidate) => candidate.id === row.subjectId);
    if (!occurrence || !row.disclosureActive || !visible.has(`${occurrence.assignmentId}:${occurrence.dueOn}:${row.disclosureFieldKey}`)) return null;
    const taskId = ownTaskAt.get(`${occurrence.assignmentId}:${occurrence.dueOn}`);
    return taskId ? `/tasks/${taskId}` : "/today";
  };

  return mine.flatMap((row) => {
    switch (row.kind) {
      case "task_assigned":
        return [item(row, "Your counselor assigned new homework", "/today")];
      case "partner_shared":
        return [item(row, "Your partner shared something with you", sharedHref(row))];
      case "counselor_released":
        return [item(row, "Your counselor released something for you to read", sharedHref(row))];
      case "share_requested": {
        const occurrence = occurrences.byResponse.find((candidate) => candidate.id === row.shareRequestResponseId);
        const href = occurrence && occurrence.authorId === viewer.userId && ownTaskIds.has(occurrence.taskId) ? `/tasks/${occurrence.taskId}` : null;
        return [item(row, "Your counselor asked whether you would share one of your answers", href)];
      }
      case "partner_submitted":
      case "safety_flags":
        // Staff kinds never belong to a partner; should one exist, it is not shown.
        return [];
    }
  });
}

/** The caller's newest notifications (at most 50), newest first. Admins have none. */
export async function listNotifications(ctx: ServiceContext<Viewer>): Promise<{ items: NotificationItem[] }> {
  const { viewer } = ctx;
  if (viewer.role === "admin") return { items: [] };
  const rows = await listOwnNotifications(ctx.db, viewer.userId);
  if (viewer.role === "counselor") return { items: counselorItems(viewer, rows) };
  return { items: await partnerItems({ ...ctx, viewer }, rows) };
}

export async function unreadNotificationCount(ctx: ServiceContext<Viewer>) {
  return { unread: ctx.viewer.role === "admin" ? 0 : await countOwnUnread(ctx.db, ctx.viewer.userId) };
}

/** Someone else's notification is NOT_FOUND, exactly like one that doesn't exist. */
export async function markNotificationRead(ctx: ServiceContext<Viewer>, notificationId: string) {
  if (!(await markOwnRead(ctx.db, ctx.viewer.userId, notificationId))) throw new NotFoundError("We couldn't find that notification.");
  return { read: true };
}

export async function markAllNotificationsRead(ctx: ServiceContext<Viewer>) {
  return { marked: await markAllOwnRead(ctx.db, ctx.viewer.userId) };
}
