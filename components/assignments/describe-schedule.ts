import type { TSchedule } from "@/db/schema/assignments/schedule";

const WEEKDAYS = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];

/** "Daily from 2026-11-23, 7 times" */
export function describeSchedule(schedule: TSchedule, startsOn: string): string {
  if (schedule.kind === "once") return `Once, due ${schedule.dueOn}`;
  const base = schedule.kind === "daily" ? "Daily" : `${schedule.everyWeeks === 1 ? "Weekly" : `Every ${schedule.everyWeeks} weeks`} on ${schedule.weekdays.map((day) => WEEKDAYS[day]).join(", ")}`;
  const end = schedule.until ? ` until ${schedule.until}` : schedule.count ? `, ${schedule.count} times` : "";
  return `${base} from ${startsOn}${end}`;
}

