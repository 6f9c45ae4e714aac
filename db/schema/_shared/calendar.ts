// Calendar dates (YYYY-MM-DD) in a time zone; plain functions, usable on server and client.
// Building an Intl.DateTimeFormat costs far more than formatting with one (it loads the
// zone's rules), and the caseload asks for every couple's date: one formatter per zone.
const formatters = new Map<string, Intl.DateTimeFormat>();

/** The calendar date (YYYY-MM-DD) it is now in `timeZone`. */
export function todayIn(timeZone: string, now: Date = new Date()): string {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    // en-CA formats dates as YYYY-MM-DD.
    formatter = new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" });
    formatters.set(timeZone, formatter);
  }
  return formatter.format(now);
}

/** Adds whole days to a YYYY-MM-DD date; calendar arithmetic, no time zone involved. */
export function addDays(isoDate: string, days: number): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}
