import { TZDate } from "@date-fns/tz";
import type { SessionRef } from "../prep/types";

interface SessionRow {
  id: string;
  scheduledAt: Date;
  durationMinutes: number;
  status: SessionRef["status"];
  version: number;
}

export function sessionRefOf(row: SessionRow): SessionRef {
  return { id: row.id, scheduledAt: row.scheduledAt.toISOString(), durationMinutes: row.durationMinutes, status: row.status, version: row.version };
}

/** A wall-clock date and time in the couple's zone as an instant; the zone decides daylight saving. */
export function instantIn(date: string, time: string, timeZone: string): Date {
  const [year, month, day] = date.split("-").map(Number) as [number, number, number];
  const [hour, minute] = time.split(":").map(Number) as [number, number];
  return new Date(new TZDate(year, month - 1, day, hour, minute, 0, timeZone).getTime());
}
