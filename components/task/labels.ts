import type { SKIP_REASONS, TaskStatus } from "@/db/schema/_shared/enums";

export const SKIP_REASON_LABELS: Record<(typeof SKIP_REASONS)[number], string> = {
  forgot: "I forgot",
  no_time: "I didn't have time",
  too_upsetting: "It felt too upsetting",
  conflict: "It led to a conflict with my partner",
  unclear: "I wasn't sure what to do",
  other: "Another reason",
};

/** A partner's own task state, in their words. */
export const TASK_STATUS_TEXT: Record<TaskStatus, string> = {
  not_started: "Not started",
  in_progress: "Draft saved",
  submitted: "Done",
  missed: "Closed",
  skipped: "Skipped",
};
