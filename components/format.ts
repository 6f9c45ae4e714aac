// Dates in US English, always in an explicit zone, so server-rendered dates never
// follow the server's own clock zone.

/** "November 23, 2026" in the given zone. */
export function formatLongDate(date: Date, timeZone: string): string {
  return new Intl.DateTimeFormat("en-US", { day: "numeric", month: "long", year: "numeric", timeZone }).format(date);
}

/** "Monday, November 23" for a YYYY-MM-DD calendar date (no zone involved). */
export function formatCalendarDate(isoDate: string, options: { weekday?: boolean } = {}): string {
  return new Intl.DateTimeFormat("en-US", {
    weekday: options.weekday ? "long" : undefined,
    day: "numeric",
    month: "long",
    timeZone: "UTC",
  }).format(new Date(`${isoDate}T12:00:00Z`));
}

/** "Nov 23, 2026, 2:05 PM" in the given zone. */
export function formatDateTime(date: Date, timeZone: string): string {
  return new Intl.DateTimeFormat("en-US", { dateStyle: "medium", timeStyle: "short", timeZone }).format(date);
}

/** Instructions are written with a blank line between paragraphs. */
export function paragraphsOf(text: string): string[] {
  return text.split(/\n{2,}/).filter((paragraph) => paragraph.trim() !== "");
}
