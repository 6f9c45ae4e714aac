import type { TaskStatus } from "@/db/schema/_shared/enums";

export const COUNSELOR_SKIP_REASONS: Record<string, string> = {
  forgot: "forgot",
  no_time: "no time",
  too_upsetting: "too upsetting",
  conflict: "conflict with partner",
  unclear: "unclear",
  other: "other reason",
};

/** A task's state as the counselor reads it: completed on time or late, missed, skipped and why, in progress. */
export function counselorStatusText(task: { status: TaskStatus; isLate: boolean; skipReason: string | null }): string {
  switch (task.status) {
    case "submitted":
      return task.isLate ? "Completed late" : "Completed";
    case "missed":
      return "Missed";
    case "skipped":
      return task.skipReason ? `Skipped: ${COUNSELOR_SKIP_REASONS[task.skipReason] ?? task.skipReason}` : "Skipped, no reason given";
    case "in_progress":
      return "In progress";
    case "not_started":
      return "Not started";
  }
}

export const COUNSELOR_STATUS_TONE = { submitted: "success", missed: "warning", skipped: "neutral", in_progress: "primary", not_started: "neutral" } as const;
