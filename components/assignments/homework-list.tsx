import { ClipboardList, Plus } from "lucide-react";
import Link from "next/link";
import type { Audience, AssignmentStatus, TaskStatus } from "@/db/schema/_shared/enums";
import type { TSchedule } from "@/db/schema/assignments/schedule";
import { EmptyState } from "../layout/empty-state";
import { AUDIENCE_NAMES } from "../exercises/labels";
import { AssignmentActions } from "./assignment-actions";
import { describeSchedule } from "./describe-schedule";
import { Badge } from "../ui/badge";
import { Button } from "../ui/button";

type Counts = Record<TaskStatus, number> & { late: number };

export interface HomeworkItem {
  id: string;
  title: string;
  templateId: string;
  version: number;
  audience: Audience;
  schedule: TSchedule;
  startsOn: string;
  status: AssignmentStatus;
  completion: { assigneeId: string | null; counts: Counts }[];
}

function describeCounts(counts: Counts): string {
  const due = counts.submitted + counts.missed + counts.skipped + counts.not_started + counts.in_progress;
  if (due === 0) return "nothing due yet";
  const parts = [`${counts.submitted} of ${due} done`];
  if (counts.late > 0) parts.push(`${counts.late} late`);
  if (counts.missed > 0) parts.push(`${counts.missed} missed`);
  if (counts.skipped > 0) parts.push(`${counts.skipped} skipped`);
  if (counts.in_progress > 0) parts.push(`${counts.in_progress} in progress`);
  return parts.join(" · ");
}

const STATUS_BADGE = { active: null, paused: "Paused", ended: "Ended" } as const;

/** A couple's homework on their page: what was assigned, how often, and how far each partner is. */
export function HomeworkList({ coupleId, items, partnerNames }: { coupleId: string; items: HomeworkItem[]; partnerNames: Record<string, string> }) {
  const assign = (
    <Button asChild>
      <Link href={`/couples/${coupleId}/assign`}>
        <Plus aria-hidden /> Assign exercise
      </Link>
    </Button>
  );
  if (items.length === 0) {
    return (
      <EmptyState icon={ClipboardList} title="No homework yet" action={assign}>
        Assign an exercise from the library. Each partner will find theirs on their Today page.
      </EmptyState>
    );
  }
  return (
    <div className="flex flex-col gap-4">
      <div>{assign}</div>
      <ul className="flex flex-col divide-y divide-border rounded-md border border-border" aria-label="Homework">
        {items.map((item) => (
          <li key={item.id} className="flex flex-col gap-2 p-4">
            <div className="flex flex-wrap items-center gap-2">
              <Link href={`/couples/${coupleId}/homework/${item.id}`} className="font-medium text-primary underline-offset-4 hover:underline">
                {item.title}
              </Link>
              <Badge>{AUDIENCE_NAMES[item.audience]}</Badge>
              {STATUS_BADGE[item.status] ? <Badge tone="warning">{STATUS_BADGE[item.status]}</Badge> : null}
            </div>
            <p className="text-sm text-muted-foreground">{describeSchedule(item.schedule, item.startsOn)}</p>
            <ul className="flex flex-col gap-1 text-sm">
              {item.completion.map((entry) => (
                <li key={entry.assigneeId ?? "together"}>
                  <span className="font-medium">{entry.assigneeId ? (partnerNames[entry.assigneeId] ?? "Partner") : "Together"}:</span>{" "}
                  {describeCounts(entry.counts)}
                </li>
              ))}
            </ul>
            <AssignmentActions assignmentId={item.id} title={item.title} status={item.status} />
          </li>
        ))}
      </ul>
    </div>
  );
}
