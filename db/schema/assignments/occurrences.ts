import { TZDate } from "@date-fns/tz";
import { addHours } from "date-fns";
import type { TSchedule } from "./schedule";

/**
 * When an assignment's tasks fall due. Everything here is calendar dates
 * (YYYY-MM-DD) in the couple's own time zone, so a daylight-saving change can
 * neither skip nor repeat an occurrence; only `deadlinesFor` turns a date into
 * instants, through the zone's rules.
 */

// Calendar arithmetic on UTC midnights: UTC has no clock changes, and nothing here may
// depend on the server's own time zone.
const DAY_MS = 86_400_000;
const iso = (date: Date) => date.toISOString().slice(0, 10);
const utcDate = (isoDate: string) => new Date(`${isoDate}T00:00:00Z`);
const addDays = (date: Date, days: number) => new Date(date.getTime() + days * DAY_MS);
const daysBetween = (from: Date, to: Date) => Math.round((to.getTime() - from.getTime()) / DAY_MS);

/** Safety net for corrupt data: no schedule legitimately spans more than ten years. */
const MAX_DAYS = 3660;

export interface OccurrenceWindow {
  from: string;
  to: string;
}

function matchesWeekly(schedule: Extract<TSchedule, { kind: "weekly" }>, startsOn: string, date: Date): boolean {
  if (!schedule.weekdays.includes(date.getUTCDay())) return false;
  // Weeks are counted from the Sunday of the start date's week: "every 2 weeks" means weeks 0, 2, 4…
  const start = utcDate(startsOn);
  const firstSunday = addDays(start, -start.getUTCDay());
  const week = Math.floor(daysBetween(firstSunday, date) / 7);
  return week % schedule.everyWeeks === 0;
}

/**
 * Every occurrence date of a schedule that falls in `window` (inclusive). Counting
 * ("after 10 times") always starts at `startsOn`, whatever the window; `endsOn`
 * (an assignment ended early) caps every kind of schedule.
 */
export function occurrencesBetween(schedule: TSchedule, startsOn: string, window: OccurrenceWindow, endsOn?: string | null): string[] {
  const last = [window.to, endsOn, "until" in schedule ? schedule.until : undefined].filter((value): value is string => Boolean(value)).sort()[0]!;
  if (schedule.kind === "once") {
    return schedule.dueOn >= startsOn && schedule.dueOn >= window.from && schedule.dueOn <= last ? [schedule.dueOn] : [];
  }
  const dates: string[] = [];
  let counted = 0;
  const start = utcDate(startsOn);
  const span = Math.min(daysBetween(start, utcDate(last)), MAX_DAYS);
  for (let offset = 0; offset <= span; offset++) {
    const date = addDays(start, offset);
    if (schedule.kind === "weekly" && !matchesWeekly(schedule, startsOn, date)) continue;
    counted += 1;
    if (schedule.count !== undefined && counted > schedule.count) break;
    const day = iso(date);
    if (day >= window.from) dates.push(day);
  }
  return dates;
}

/** Hours after the end of the due date during which a submission still counts (as late). */
export const GRACE_HOURS = 48;

/**
 * The instant a task is due (the end of its due date in the couple's zone) and the
 * end of its grace window. A 23- or 25-hour day around a clock change is honoured.
 */
export function deadlinesFor(dueOn: string, timeZone: string): { dueAt: Date; graceUntil: Date } {
  const next = addDays(utcDate(dueOn), 1);
  const dueAt = new Date(new TZDate(next.getUTCFullYear(), next.getUTCMonth(), next.getUTCDate(), 0, 0, 0, timeZone).getTime());
  return { dueAt, graceUntil: addHours(dueAt, GRACE_HOURS) };
}
