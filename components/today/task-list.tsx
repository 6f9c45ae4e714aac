import { CheckCircle2, ChevronRight, Circle, CircleDashed, Users } from "lucide-react";
import Link from "next/link";
import type { TaskStatus } from "@/db/schema/_shared/enums";
import { formatCalendarDate } from "../format";
import { TASK_STATUS_TEXT } from "../task/labels";
import { Badge } from "../ui/badge";

export interface TodayTaskItem {
  id: string;
  title: string;
  estimatedMinutes: number;
  dueOn: string;
  status: TaskStatus;
  isLate: boolean;
  isJoint: boolean;
  /** For "coming up": further occurrences of the same exercise this week. */
  moreThisWeek?: number;
}

function statusText(task: TodayTaskItem) {
  return task.status === "submitted" && task.isLate ? "Done · late" : TASK_STATUS_TEXT[task.status];
}

/** One group of the partner's own tasks; each row opens the task. */
export function TaskList({ heading, tasks, showDate }: { heading: string; tasks: TodayTaskItem[]; showDate?: boolean }) {
  if (tasks.length === 0) return null;
  const headingId = `tasks-${heading.toLowerCase().replaceAll(/\W+/g, "-")}`;
  return (
    <section aria-labelledby={headingId} className="flex flex-col gap-3">
      <h2 id={headingId} className="text-sm font-semibold uppercase tracking-wide text-muted-foreground">
        {heading}
      </h2>
      <ul className="divide-y divide-border overflow-hidden rounded-lg border border-border bg-surface">
        {tasks.map((task) => {
          const Icon = task.status === "submitted" ? CheckCircle2 : task.status === "in_progress" ? CircleDashed : Circle;
          return (
            <li key={task.id}>
              <Link
                href={`/tasks/${task.id}`}
                className="flex min-h-16 items-center gap-3 px-4 py-4 hover:bg-muted/60 focus-visible:bg-muted/60 focus-visible:outline-2 focus-visible:-outline-offset-2 focus-visible:outline-ring sm:px-5"
              >
                <Icon aria-hidden className={task.status === "submitted" ? "size-5 shrink-0 text-success" : "size-5 shrink-0 text-muted-foreground"} />
                <span className="flex min-w-0 flex-1 flex-col gap-0.5">
                  <span className="font-medium">{task.title}</span>
                  <span className="text-sm text-muted-foreground">
                    {showDate ? `${formatCalendarDate(task.dueOn, { weekday: true })} · ` : ""}
                    {task.estimatedMinutes} min · {statusText(task)}
                    {task.moreThisWeek ? ` · then ${task.moreThisWeek} more this week` : ""}
                  </span>
                </span>
                {task.isJoint ? (
                  <Badge tone="primary">
                    <Users aria-hidden className="size-3" /> Together
                  </Badge>
                ) : null}
                <ChevronRight aria-hidden className="size-4 shrink-0 text-muted-foreground" />
              </Link>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
