import type { TaskStatus } from "@/db/schema/_shared/enums";
import { Badge } from "../ui/badge";
import { TASK_STATUS_TEXT } from "./labels";

const TONES = { not_started: "neutral", in_progress: "primary", submitted: "success", missed: "neutral", skipped: "neutral" } as const;

/** A partner's own status for one task; "late" only ever describes their own submission. */
export function TaskStatusBadge({ status, isLate }: { status: TaskStatus; isLate?: boolean }) {
  return (
    <Badge tone={TONES[status]}>
      {TASK_STATUS_TEXT[status]}
      {status === "submitted" && isLate ? " · late" : ""}
    </Badge>
  );
}
