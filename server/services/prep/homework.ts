import type { CompletionRow } from "@/db/queries/prep";
import { addCompletion, completionOf, EMPTY_COMPLETION } from "./completion";
import type { DayOutcome, HomeworkLine, PartnerHomework, PartnerRef } from "./types";

/** Per partner: totals and one line per exercise, with the daily strip for daily exercises. */
export function buildHomework(partners: PartnerRef[], rows: CompletionRow[]): PartnerHomework[] {
  return partners.map((partner) => {
    const lines: HomeworkLine[] = rows
      .filter((row) => row.user_id === partner.userId && row.assignment_id !== null)
      .map((row) => ({
        assignmentId: row.assignment_id ?? "",
        title: row.title ?? "Exercise",
        isDaily: row.schedule_kind === "daily",
        completion: completionOf(row),
        skipReasons: row.skip_reasons,
        days: (row.days ?? []).map((day) => ({ dueOn: day.dueOn, status: day.status as DayOutcome })),
      }));
    return { ...partner, totals: lines.reduce((sum, line) => addCompletion(sum, line.completion), EMPTY_COMPLETION), lines };
  });
}
