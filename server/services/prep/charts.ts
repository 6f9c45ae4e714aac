import type { CoupleAssignmentRow } from "@/db/queries/prep";
import { summarize, type PartnerSeries } from "./series";
import type { ChartSeries } from "./types";

/**
 * One chart per measure with both partners' lines. Reference lines and bands come from
 * the newest version of the template this couple was assigned; they are counselor-only.
 */
export function buildCharts(series: PartnerSeries[], assignments: CoupleAssignmentRow[], heldDates: string[]): ChartSeries[] {
  const newest = new Map<string, CoupleAssignmentRow>();
  for (const assignment of assignments) {
    const known = newest.get(assignment.template_id);
    if (!known || known.version < assignment.version) newest.set(assignment.template_id, assignment);
  }
  const charts = new Map<string, ChartSeries>();
  for (const entry of series) {
    let chart = charts.get(entry.ref.seriesKey);
    if (!chart) {
      const definition = newest.get(entry.templateId)?.definition;
      const scoreKey = entry.ref.seriesKey.slice(entry.templateId.length + 1);
      const score = definition?.scoring?.scores.find((candidate) => candidate.key === scoreKey);
      chart = {
        ...entry.ref,
        exerciseTitle: definition?.title ?? entry.ref.label,
        referenceLines: score?.referenceLines ?? [],
        bands: score?.bands ?? [],
        partners: [],
      };
      charts.set(entry.ref.seriesKey, chart);
    }
    chart.partners.push({ userId: entry.userId, points: entry.points, summary: summarize(entry, heldDates) });
  }
  return [...charts.values()];
}
