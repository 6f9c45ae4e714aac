import { Badge } from "../ui/badge";
import { cn } from "../ui/cn";
import { describeCompletion, describeSkipReasons, formatRate, formatShortDay } from "./format";
import type { HomeworkLine, PartnerHomework } from "./types";

type DayStatus = HomeworkLine["days"][number]["status"];

// Each status has its own colour AND its own mark, so the strip reads in greyscale,
// on paper and for people who don't see the colours.
const DAY_LOOK: Record<DayStatus, { mark: string; text: string; className: string }> = {
  completed: { mark: "✓", text: "done", className: "border-success bg-success-soft text-success" },
  late: { mark: "L", text: "done late", className: "border-warning bg-warning-soft text-warning" },
  missed: { mark: "✕", text: "missed", className: "border-destructive bg-destructive-soft text-destructive" },
  skipped: { mark: "S", text: "skipped", className: "border-input bg-muted text-muted-foreground" },
  open: { mark: "·", text: "still open", className: "border-dashed border-input bg-surface text-muted-foreground" },
};

const LEGEND = ["completed", "late", "missed", "skipped", "open"] as const;

function DaySquare({ status, className }: { status: DayStatus; className?: string }) {
  const look = DAY_LOOK[status];
  return (
    <span aria-hidden className={cn("flex size-6 shrink-0 items-center justify-center rounded-sm border text-xs font-semibold leading-none", look.className, className)}>
      {look.mark}
    </span>
  );
}

/** Consecutive days done (on time or late), counted back from the most recent closed day. */
function currentStreak(days: HomeworkLine["days"]): number {
  let streak = 0;
  for (const day of [...days].reverse()) {
    const status: string = day.status;
    if (status === "open" || status === "not_started" || status === "in_progress") continue;
    if (status === "submitted" || status === "completed" || status === "late") streak += 1;
    else break;
  }
  return streak;
}

function DayStrip({ line }: { line: HomeworkLine }) {
  if (line.days.length === 0) return null;
  const first = line.days[0]!;
  const last = line.days[line.days.length - 1]!;
  const missed = line.days.filter((day) => day.status === "missed").length;
  const streak = currentStreak(line.days);
  return (
    <div className="flex flex-col gap-1.5">
      <ol aria-label={`${line.title}, day by day from ${formatShortDay(first.dueOn)} to ${formatShortDay(last.dueOn)}`} className="flex flex-wrap gap-1">
        {line.days.map((day) => (
          <li key={day.dueOn} title={`${formatShortDay(day.dueOn)}: ${DAY_LOOK[day.status].text}`}>
            <DaySquare status={day.status} />
            <span className="sr-only">
              {formatShortDay(day.dueOn)}: {DAY_LOOK[day.status].text}
            </span>
          </li>
        ))}
      </ol>
      <p className="text-xs text-muted-foreground">
        {streak > 0 ? `Current run: ${streak} ${streak === 1 ? "day" : "days"} in a row` : "No current run"}
        {missed > 0 ? ` · ${missed} missed ${missed === 1 ? "day" : "days"}` : ""}
      </p>
    </div>
  );
}

function Totals({ homework }: { homework: PartnerHomework }) {
  const { totals } = homework;
  const cells = [
    ["Assigned", totals.assigned],
    ["Completed", totals.completed],
    ["Of which late", totals.late],
    ["Missed", totals.missed],
    ["Skipped", totals.skipped],
    ["Open", totals.open],
  ] as const;
  return (
    <dl className="grid grid-cols-[repeat(auto-fill,minmax(5.5rem,1fr))] gap-2">
      {cells.map(([label, value]) => (
        <div key={label} className="flex flex-col rounded-md bg-muted/60 px-2 py-1.5">
          <dt className="text-xs text-muted-foreground">{label}</dt>
          <dd className="text-base font-semibold tabular-nums">{value}</dd>
        </div>
      ))}
      <div className="flex flex-col rounded-md bg-muted/60 px-2 py-1.5">
        <dt className="text-xs text-muted-foreground">On time</dt>
        <dd className="text-base font-semibold tabular-nums">
          {formatRate(totals.onTimeRate)}
          {totals.onTimeRate === null ? <span className="sr-only">nothing has closed yet</span> : null}
        </dd>
      </div>
    </dl>
  );
}

/** Homework since the last session, one block per partner. */
export function HomeworkSummary({ homework }: { homework: PartnerHomework[] }) {
  const anyDaily = homework.some((partner) => partner.lines.some((line) => line.isDaily && line.days.length > 0));
  if (homework.every((partner) => partner.totals.assigned === 0 && partner.lines.length === 0)) {
    return <p className="text-sm text-muted-foreground">No homework was due since the last session.</p>;
  }
  return (
    <div className="flex flex-col gap-6">
      <div className="grid gap-6 lg:grid-cols-2">
        {homework.map((partner) => {
          const headingId = `homework-${partner.userId}`;
          const skipReasons = partner.lines.flatMap((line) => line.skipReasons);
          return (
            <div key={partner.userId} className="flex min-w-0 flex-col gap-3 print:break-inside-avoid">
              <h3 id={headingId} className="font-semibold">
                {partner.displayName}
              </h3>
              <Totals homework={partner} />
              {skipReasons.length > 0 ? <p className="text-sm">Skipped because: {describeSkipReasons(skipReasons)}.</p> : null}
              {partner.lines.length === 0 ? (
                <p className="text-sm text-muted-foreground">Nothing was due for {partner.displayName}.</p>
              ) : (
                <ul aria-labelledby={headingId} className="flex flex-col divide-y divide-border rounded-md border border-border">
                  {partner.lines.map((line) => (
                    <li key={line.assignmentId} className="flex flex-col gap-2 p-3">
                      <div className="flex flex-wrap items-center gap-2">
                        <span className="font-medium">{line.title}</span>
                        {line.isDaily ? <Badge>Daily</Badge> : null}
                      </div>
                      <p className="text-sm text-muted-foreground">
                        {describeCompletion(line.completion)} · on time {formatRate(line.completion.onTimeRate)}
                      </p>
                      {line.skipReasons.length > 0 ? <p className="text-sm">Skipped because: {describeSkipReasons(line.skipReasons)}.</p> : null}
                      {line.isDaily ? <DayStrip line={line} /> : null}
                    </li>
                  ))}
                </ul>
              )}
            </div>
          );
        })}
      </div>
      {anyDaily ? (
        <div className="flex flex-wrap items-center gap-x-4 gap-y-2 text-xs text-muted-foreground" aria-hidden>
          <span>Daily squares:</span>
          {LEGEND.map((status) => (
            <span key={status} className="inline-flex items-center gap-1.5">
              <DaySquare status={status} className="size-5" /> {DAY_LOOK[status].text}
            </span>
          ))}
        </div>
      ) : null}
    </div>
  );
}
