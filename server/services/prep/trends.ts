import type { TrendArrow, TrendBadge, TrendSummary } from "./types";

/**
 * The rules behind trend arrows and badges, stated in the badges themselves so a
 * counselor can judge them. A change counts when it is at least 15% of the measure's
 * range (1.5 points on 0–10, 0.6 on 1–5): smaller moves are within everyday noise of
 * a single answer.
 */
export const TREND_RULES = {
  meaningfulShareOfRange: 0.15,
  /** "Not improving" is only said after this many held sessions since the first answer. */
  notImprovingAfterSessions: 4,
  /** The arrow compares the mean of the newest answers with the mean of the ones before. */
  arrowWindow: 3,
} as const;

export interface TrendPoint {
  dueOn: string;
  value: number;
}

export interface TrendInput {
  /** Oldest first. For the caseload this may be a sample: the first, the last before the session, and the newest few. */
  points: TrendPoint[];
  range: { min: number; max: number };
  higherIsBetter: boolean;
  /** Date (yyyy-mm-dd) of the last held session, or null. */
  lastSessionOn: string | null;
  /** Held sessions on or after the first answer's date. */
  sessionsSinceBaseline: number;
}

const round = (value: number) => Math.round(value * 100) / 100;
const mean = (values: number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;
const points = (value: number) => `${round(Math.abs(value))} ${Math.abs(value) === 1 ? "point" : "points"}`;

export function meaningfulChange(range: { min: number; max: number }): number {
  return round((range.max - range.min) * TREND_RULES.meaningfulShareOfRange);
}

function arrowFor(input: TrendInput, threshold: number): TrendArrow {
  const values = input.points.map((point) => point.value);
  if (values.length < 2) return "unknown";
  const window = Math.min(TREND_RULES.arrowWindow, Math.floor(values.length / 2));
  const recent = mean(values.slice(-window));
  const before = mean(values.slice(-2 * window, -window));
  const better = (recent - before) * (input.higherIsBetter ? 1 : -1);
  if (better >= threshold) return "better";
  if (better <= -threshold) return "worse";
  return "steady";
}

/**
 * The newest answer due before the last session's day: where "since last session" starts.
 * An answer due on the session day itself counts as since, as it does for homework (a task
 * is "since" when its deadline, the end of its day, falls after the session).
 */
function anchorAtSession(input: TrendInput): TrendPoint | undefined {
  if (!input.lastSessionOn) return undefined;
  const lastSessionOn = input.lastSessionOn;
  return input.points.filter((point) => point.dueOn < lastSessionOn).at(-1);
}

function badgeFor(input: TrendInput, summary: Omit<TrendSummary, "badge" | "arrow">): TrendBadge | null {
  const { threshold } = summary;
  const sign = input.higherIsBetter ? 1 : -1;
  const rangeText = `${round(input.range.min)}–${round(input.range.max)}`;
  const rule = `threshold ${threshold}, 15% of the ${rangeText} range`;
  const word = (change: number) => (change * sign < 0 ? (input.higherIsBetter ? "lower" : "higher") : input.higherIsBetter ? "higher" : "lower");
  if (summary.sinceBaseline !== null && summary.sinceBaseline * sign <= -threshold) {
    return { kind: "deteriorating", text: `Deteriorating: ${points(summary.sinceBaseline)} ${word(summary.sinceBaseline)} than the first answer (${rule})` };
  }
  if (summary.sinceLastSession !== null && summary.sinceLastSession * sign <= -threshold) {
    return { kind: "deteriorating", text: `Deteriorating: ${points(summary.sinceLastSession)} ${word(summary.sinceLastSession)} than at the last session (${rule})` };
  }
  const sessions = TREND_RULES.notImprovingAfterSessions;
  if (summary.sinceBaseline !== null && input.sessionsSinceBaseline >= sessions && summary.sinceBaseline * sign < threshold) {
    return {
      kind: "not_improving",
      text: `Not improving after ${input.sessionsSinceBaseline} sessions: less than ${threshold} ${input.higherIsBetter ? "above" : "below"} the first answer (rule: ${sessions}+ sessions, ${rule})`,
    };
  }
  return null;
}

/** Latest value, changes since the first answer and since the last session, arrow and badge. */
export function summarizeTrend(input: TrendInput): TrendSummary {
  const threshold = meaningfulChange(input.range);
  const first = input.points[0];
  const last = input.points.at(-1);
  const anchor = anchorAtSession(input);
  const base = {
    latest: last?.value ?? null,
    latestOn: last?.dueOn ?? null,
    baseline: first?.value ?? null,
    baselineOn: first?.dueOn ?? null,
    sinceBaseline: first && last && input.points.length > 1 ? round(last.value - first.value) : null,
    sinceLastSession: anchor && last && last !== anchor ? round(last.value - anchor.value) : null,
    threshold,
  };
  return { ...base, arrow: arrowFor(input, threshold), badge: badgeFor(input, base) };
}
