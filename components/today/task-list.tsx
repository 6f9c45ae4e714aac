import { CheckCircle2, Circle, CircleDashed, Users } from "lucide-react";
import type { TaskStatus } from "@/db/schema/_shared/enums";
import { formatCalendarDate } from "../format";
import { Badge } from "../ui/badge";

export interface TodayTaskItem {
  id: string;
  title: string;
  dueOn: string;
  status: TaskStatus;
  isJoint: boolean;
}

const STATUS_TEXT: Record<TaskStatus, string> = {
  not_started: "Not started",
  in_progress: "Draft saved",
  submitted: "Done",
  missed: "Missed",
  skipped: "Skipped",
};

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
            <li key={task.id} className="flex items-center gap-3 px-4 py-4 sm:px-5">
              <Icon aria-hidden className={task.status === "submitted" ? "size-5 text-success" : "size-5 text-muted-foreground"} />
              <div className="flex min-w-0 flex-1 flex-col gap-0.5">
                <span className="font-medium">{task.title}</span>
                <span className="text-sm text-muted-foreground">
                  {showDate ? `${formatCalendarDate(task.dueOn, { weekday: true })} · ` : ""}
                  {STATUS_TEXT[task.status]}
                </span>
              </div>
              {task.isJoint ? (
                <Badge tone="primary">
                  <Users aria-hidden className="size-3" /> Together
                </Badge>
              ) : null}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
