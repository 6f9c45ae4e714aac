import type { CompletionRow } from "@/db/queries/prep";
import type { Completion } from "./types";

export const EMPTY_COMPLETION: Completion = { assigned: 0, completed: 0, late: 0, missed: 0, skipped: 0, open: 0, onTimeRate: null };

/** On time ÷ closed: open work can still be done on time, so it is neither. */
export function completionOf(row: Pick<CompletionRow, "assigned" | "completed" | "late" | "missed" | "skipped" | "open">): Completion {
  const closed = row.completed + row.late + row.missed + row.skipped;
  return {
    assigned: row.assigned,
    completed: row.completed + row.late,
    late: row.late,
    missed: row.missed,
    skipped: row.skipped,
    open: row.open,
    onTimeRate: closed === 0 ? null : Math.round((row.completed / closed) * 100) / 100,
  };
}

export function addCompletion(a: Completion, b: Completion): Completion {
  const sum = {
    assigned: a.assigned + b.assigned,
    late: a.late + b.late,
    missed: a.missed + b.missed,
    skipped: a.skipped + b.skipped,
    open: a.open + b.open,
  };
  const completed = a.completed + b.completed;
  return completionOf({ ...sum, completed: completed - sum.late });
}
