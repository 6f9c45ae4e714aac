import type { ScorePointRow } from "@/db/queries/prep";
import { summarizeTrend } from "./trends";
import type { SeriesRef, TrendSummary } from "./types";

export interface PartnerSeries {
  coupleId: string;
  userId: string;
  ref: Omit<SeriesRef, "exerciseTitle">;
  templateId: string;
  points: { dueOn: string; value: number }[];
}

/** Groups score rows (ordered by couple, series, author, date) into one series per partner. */
export function groupSeries(rows: readonly ScorePointRow[]): PartnerSeries[] {
  const byKey = new Map<string, PartnerSeries>();
  for (const row of rows) {
    const seriesKey = `${row.template_id}:${row.score_key}`;
    const key = `${row.couple_id}|${row.author_id}|${seriesKey}`;
    let series = byKey.get(key);
    if (!series) {
      series = {
        coupleId: row.couple_id,
        userId: row.author_id,
        templateId: row.template_id,
        ref: { seriesKey, label: row.label, range: { min: row.range_min, max: row.range_max }, higherIsBetter: row.higher_is_better },
        points: [],
      };
      byKey.set(key, series);
    }
    series.points.push({ dueOn: row.due_on, value: row.value });
  }
  return [...byKey.values()];
}

/** Held sessions on or after the first answer: "not improving after N sessions" counts these. */
export function sessionsSince(heldDates: readonly string[], firstOn: string | undefined): number {
  if (!firstOn) return 0;
  return heldDates.filter((date) => date >= firstOn).length;
}

export function summarize(series: PartnerSeries, heldDates: readonly string[]): TrendSummary {
  return summarizeTrend({
    points: series.points,
    range: series.ref.range,
    higherIsBetter: series.ref.higherIsBetter,
    lastSessionOn: heldDates.at(-1) ?? null,
    sessionsSinceBaseline: sessionsSince(heldDates, series.points[0]?.dueOn),
  });
}
