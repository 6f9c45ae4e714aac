import { findPartnerCoupleContext } from "@/db/queries/couples";
import { markMissedTasks } from "@/db/queries/responses";
import { listPartnerTasks } from "@/db/queries/tasks";
import type { PartnerViewer } from "../../auth/viewer";
import { NotFoundError } from "../../errors";
import { addDays, todayIn } from "@/db/schema/_shared/calendar";
import { materializeCoupleTasks } from "../assignments/materialize-tasks";
import { recordAudit } from "../audit";
import type { ServiceContext } from "../context";
import { sharedWithViewer } from "../tasks/from-partner";
import { viewerStatus } from "../tasks/get-task";

/**
 * A daily exercise would fill "coming up" with the same title six times; each
 * assignment shows its next occurrence and how many more follow this week.
 */
function nextPerAssignment<T extends { assignmentId: string; dueOn: string }>(upcoming: T[], weekEnd: string): (T & { moreThisWeek: number })[] {
  const seen = new Map<string, T & { moreThisWeek: number }>();
  for (const task of upcoming) {
    const first = seen.get(task.assignmentId);
    if (first) first.moreThisWeek += task.dueOn <= weekEnd ? 1 : 0;
    else seen.set(task.assignmentId, { ...task, moreThisWeek: 0 });
  }
  return [...seen.values()];
}

/** How many occurrences "Shared with you" lists; older ones stay inside their tasks. */
const SHARED_SHOWN = 10;
const SHARED_LOOKBACK_DAYS = 28;

/**
 * A partner's home: their own tasks due today, overdue ones still open, what is coming
 * this week, what they finished recently, and what the other partner shared or the
 * counselor released, all in the couple's time zone. Every status is the viewer's own.
 */
export async function getToday(ctx: ServiceContext<PartnerViewer>, now: Date = new Date()) {
  const couple = await findPartnerCoupleContext(ctx.db, ctx.viewer.coupleId);
  if (!couple) throw new NotFoundError();
  const today = todayIn(couple.timeZone, now);
  // On demand: whoever opens Today first extends the couple's rolling task window.
  await materializeCoupleTasks(ctx.db, ctx.viewer.coupleId, now);
  await markMissedTasks(ctx.db, ctx.viewer.coupleId, now);

  const rows = await listPartnerTasks(
    ctx.db,
    { coupleId: ctx.viewer.coupleId, userId: ctx.viewer.userId },
    // Coming up covers everything materialised ahead (see MATERIALIZE_DAYS_AHEAD), plus far-off one-off tasks.
    { from: addDays(today, -14), to: addDays(today, 366) },
  );
  const tasks = rows.map((row) => ({
    id: row.id,
    assignmentId: row.assignmentId,
    title: row.title,
    estimatedMinutes: row.estimatedMinutes,
    dueOn: row.dueOn,
    dueAt: row.dueAt,
    isJoint: row.isJoint,
    status: viewerStatus(row.taskStatus, row.ownState ? { state: row.ownState } : undefined),
    isLate: row.ownSubmittedAt !== null && row.ownSubmittedAt > row.dueAt,
    closesAt: row.graceUntil,
  }));
  // The newest occurrences are nearly always recent: look at the last weeks first, and
  // at the whole history only when they hold fewer than SHARED_SHOWN, so Today's cost
  // doesn't grow with months of history while showing exactly the same list.
  const recent = await sharedWithViewer(ctx.db, ctx.viewer, { dueFrom: addDays(today, -SHARED_LOOKBACK_DAYS), limit: 300 });
  const shared = (recent.length >= SHARED_SHOWN ? recent : await sharedWithViewer(ctx.db, ctx.viewer, { limit: 300 })).slice(0, SHARED_SHOWN);
  await recordAudit(ctx.db, ctx.viewer, ctx.request, {
    action: "today.read",
    entityType: "task",
    coupleId: ctx.viewer.coupleId,
    details: { taskIds: tasks.map((task) => task.id) },
  });

  type TodayTask = (typeof tasks)[number];
  const isOpen = (task: TodayTask) => task.status === "not_started" || task.status === "in_progress";
  const recentCutoff = addDays(today, -7);
  return {
    firstName: ctx.viewer.displayName.split(/\s+/)[0] ?? ctx.viewer.displayName,
    counselorName: couple.counselorName,
    today,
    dueToday: tasks.filter((task) => task.dueOn === today && task.status !== "missed"),
    overdue: tasks.filter((task) => task.dueOn < today && isOpen(task)),
    upcoming: nextPerAssignment(
      tasks.filter((task) => task.dueOn > today && isOpen(task)),
      addDays(today, 6),
    ),
    recentlyDone: tasks.filter((task) => task.dueOn < today && task.dueOn >= recentCutoff && (task.status === "submitted" || task.status === "skipped")),
    shared,
  };
}
