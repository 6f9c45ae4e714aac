/** "23 November 2026" in the given zone, so server-rendered dates never follow the server's clock zone. */
export function formatLongDate(date: Date, timeZone: string): string {
  return new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone }).format(date);
}

/** "Monday 23 November" for a YYYY-MM-DD calendar date (no zone involved). */
export function formatCalendarDate(isoDate: string, options: { weekday?: boolean } = {}): string {
  return new Intl.DateTimeFormat("en-GB", {
    weekday: options.weekday ? "long" : undefined,
    day: "numeric",
    month: "long",
    timeZone: "UTC",
  }).format(new Date(`${isoDate}T12:00:00Z`));
}

/** "23 Nov 2026, 14:05" in the given zone. */
export function formatDateTime(date: Date, timeZone: string): string {
  return new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone }).format(date);
}
