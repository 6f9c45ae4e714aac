import { findPartnerCoupleContext } from "@/db/queries/couples";
import { listPartnerTasks } from "@/db/queries/tasks";
import type { PartnerViewer } from "../../auth/viewer";
import { NotFoundError } from "../../errors";
import { addDays, todayIn } from "@/db/schema/_shared/calendar";
import { materializeCoupleTasks } from "../assignments/materialize-tasks";
import { recordAudit } from "../audit";
import type { ServiceContext } from "../context";

type TodayTask = Awaited<ReturnType<typeof listPartnerTasks>>[number];

/**
 * A partner's home: their own tasks due today, overdue ones still open, what is coming
 * this week, and what they finished recently, all in the couple's time zone.
 */
export async function getToday(ctx: ServiceContext<PartnerViewer>, now: Date = new Date()) {
  const couple = await findPartnerCoupleContext(ctx.db, ctx.viewer.coupleId);
  if (!couple) throw new NotFoundError();
  const today = todayIn(couple.timeZone, now);
  // On demand: whoever opens Today first extends the couple's rolling task window.
  await materializeCoupleTasks(ctx.db, ctx.viewer.coupleId, now);

  const tasks = await listPartnerTasks(
    ctx.db,
    { coupleId: ctx.viewer.coupleId, userId: ctx.viewer.userId },
    { from: addDays(today, -14), to: addDays(today, 6) },
  );
  await recordAudit(ctx.db, ctx.viewer, ctx.request, {
    action: "today.read",
    entityType: "task",
    coupleId: ctx.viewer.coupleId,
    details: { taskIds: tasks.map((task) => task.id) },
  });

  const isOpen = (task: TodayTask) => task.status === "not_started" || task.status === "in_progress";
  const recentCutoff = addDays(today, -7);
  return {
    firstName: ctx.viewer.displayName.split(/\s+/)[0] ?? ctx.viewer.displayName,
    counselorName: couple.counselorName,
    today,
    dueToday: tasks.filter((task) => task.dueOn === today && (isOpen(task) || task.status === "submitted")),
    overdue: tasks.filter((task) => task.dueOn < today && isOpen(task) && task.graceUntil > now),
    upcoming: tasks.filter((task) => task.dueOn > today && isOpen(task)),
    recentlyDone: tasks.filter((task) => task.dueOn < today && task.dueOn >= recentCutoff && task.status === "submitted"),
  };
}
