import type { SKIP_REASONS } from "@/db/schema/_shared/enums";
import type { Completion, PartnerRef, TrendArrowKind } from "./types";

/** "Tue, Nov 24, 2:00 PM EST": a session time in an explicit zone, with the zone named. */
export function formatSessionTime(iso: string, timeZone: string): string {
  return new Intl.DateTimeFormat("en-US", {
    weekday: "short",
    month: "short",
    day: "numeric",
    hour: "numeric",
    minute: "2-digit",
    timeZone,
    timeZoneName: "short",
  }).format(new Date(iso));
}

/** "Nov 24" for an instant, in the given zone. */
export function formatShortDate(iso: string, timeZone: string): string {
  return new Intl.DateTimeFormat("en-US", { month: "short", day: "numeric", timeZone }).format(new Date(iso));
}

/** "Nov 24" for a YYYY-MM-DD calendar date (no zone involved). */
export function formatShortDay(isoDate: string): string {
  return new Intl.DateTimeFormat("en-US", { month: "short", day: "numeric", timeZone: "UTC" }).format(new Date(`${isoDate}T12:00:00Z`));
}

/** The date and wall-clock time of an instant in a zone, as the schedule form's inputs want them. */
export function wallClock(iso: string, timeZone: string): { date: string; time: string } {
  const parts = new Intl.DateTimeFormat("en-CA", {
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
    timeZone,
  }).formatToParts(new Date(iso));
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((item) => item.type === type)?.value ?? "";
  return { date: `${part("year")}-${part("month")}-${part("day")}`, time: `${part("hour")}:${part("minute")}` };
}

/** Scores shown to one decimal at most; a real minus sign reads better than a hyphen. */
export function formatScore(value: number): string {
  return (Math.round(value * 10) / 10).toString().replace("-", "−");
}

export function formatChange(value: number | null): string {
  if (value === null) return "—";
  const rounded = Math.round(value * 10) / 10;
  if (rounded === 0) return "no change";
  return rounded > 0 ? `+${formatScore(rounded)}` : formatScore(rounded);
}

export const ARROW_TEXT: Record<TrendArrowKind, string> = {
  better: "better",
  worse: "worse",
  steady: "steady",
  unknown: "not enough data",
};

/** "4 of 6 done · 1 late · 1 missed": `completed` already counts late submissions. */
export function describeCompletion(completion: Completion): string {
  if (completion.assigned === 0) return "Nothing due since the last session";
  const parts = [`${completion.completed} of ${completion.assigned} done`];
  if (completion.late > 0) parts.push(`${completion.late} late`);
  if (completion.missed > 0) parts.push(`${completion.missed} missed`);
  if (completion.skipped > 0) parts.push(`${completion.skipped} skipped`);
  if (completion.open > 0) parts.push(`${completion.open} still open`);
  return parts.join(" · ");
}

export function formatRate(rate: number | null): string {
  return rate === null ? "—" : `${Math.round(rate * 100)}%`;
}

/** Skip reasons in the counselor's words (the partner picked them in their own). */
export const SKIP_REASON_COUNSELOR: Record<(typeof SKIP_REASONS)[number], string> = {
  forgot: "forgot",
  no_time: "no time",
  too_upsetting: "too upsetting",
  conflict: "led to conflict",
  unclear: "unsure what to do",
  other: "other reason",
};

/** "forgot ×2, no time": reasons counted, most frequent first. */
export function describeSkipReasons(reasons: string[]): string {
  const counts = new Map<string, number>();
  for (const reason of reasons) counts.set(reason, (counts.get(reason) ?? 0) + 1);
  return [...counts.entries()]
    .sort((a, b) => b[1] - a[1])
    .map(([reason, count]) => `${SKIP_REASON_COUNSELOR[reason as keyof typeof SKIP_REASON_COUNSELOR] ?? reason.replaceAll("_", " ")}${count > 1 ? ` ×${count}` : ""}`)
    .join(", ");
}

export function partnerNamer(partners: PartnerRef[]): (userId: string) => string {
  const names = new Map(partners.map((partner) => [partner.userId, partner.displayName]));
  return (userId) => names.get(userId) ?? "Former partner";
}

export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}
