/**
 * What the counselor's caseload and prep views return. Plain data (dates as ISO strings or
 * yyyy-mm-dd), so pages and client components can render it without the server's types.
 * Counselor-only: no partner procedure returns any of these shapes.
 */
import type { PartnerLabel } from "@/db/schema/_shared/enums";

export type Side = "hp" | "ip";

export interface PartnerRef {
  userId: string;
  displayName: string;
  label: PartnerLabel;
}

export interface Completion {
  /** Task parts due since the last held session, up to and including today. */
  assigned: number;
  completed: number;
  late: number;
  missed: number;
  skipped: number;
  /** Due today or still inside the grace window, not yet submitted. */
  open: number;
  /** Completed on time ÷ closed (completed + missed + skipped); null while nothing has closed. */
  onTimeRate: number | null;
}

export type TrendArrow = "better" | "worse" | "steady" | "unknown";

export interface TrendBadge {
  kind: "deteriorating" | "not_improving";
  /** States the rule and its threshold, e.g. "Deteriorating: 1.5 lower than baseline (threshold 1.5, 15% of the 0–10 range)". */
  text: string;
}

export interface TrendSummary {
  latest: number | null;
  latestOn: string | null;
  baseline: number | null;
  baselineOn: string | null;
  sinceBaseline: number | null;
  sinceLastSession: number | null;
  arrow: TrendArrow;
  badge: TrendBadge | null;
  /** The meaningful-change threshold used for the arrow and badges, in score points. */
  threshold: number;
}

/** One measure series (template + score key). */
export interface SeriesRef {
  seriesKey: string; // `${templateId}:${scoreKey}`
  label: string;
  exerciseTitle: string;
  range: { min: number; max: number };
  higherIsBetter: boolean;
}

export interface CaseloadPartner extends PartnerRef {
  completion: Completion;
  trends: (Omit<SeriesRef, "exerciseTitle"> & { summary: TrendSummary })[];
}

export interface CaseloadRow {
  coupleId: string;
  displayName: string;
  phase: string;
  status: "active" | "paused" | "archived";
  partners: CaseloadPartner[];
  nextSessionAt: string | null;
  lastSessionAt: string | null;
  openFlags: number;
  lastActivityAt: string | null;
  daysSinceActivity: number | null;
  /** Why the couple is where it is in the order, most important first; empty when nothing needs attention. */
  attention: string[];
}

export interface CaseloadView {
  today: string;
  rows: CaseloadRow[]; // already in attention order
}

export interface SessionRef {
  id: string;
  scheduledAt: string;
  durationMinutes: number;
  status: "scheduled" | "held" | "cancelled";
  version: number;
}

export interface PrepFlag {
  id: string;
  authorId: string;
  rule: string;
  severity: "low" | "medium" | "high" | "critical";
  excerpt: string | null;
  raisedAt: string;
  acknowledgedAt: string | null;
  actionTaken: string | null;
  taskId: string | null;
  isNew: boolean; // raised since the last held session
}

/** How one day's part ended up: on time, late, missed, skipped, or still open. */
export type DayOutcome = "completed" | "late" | "missed" | "skipped" | "open";

export interface HomeworkLine {
  assignmentId: string;
  title: string;
  isDaily: boolean;
  completion: Completion;
  skipReasons: string[];
  /** Daily exercises only: one entry per day of the window, oldest first. */
  days: { dueOn: string; status: DayOutcome }[];
}

export interface PartnerHomework extends PartnerRef {
  totals: Completion;
  lines: HomeworkLine[];
}

export interface ReferenceLine {
  value: number;
  label: string;
}

export interface ChartSeries extends SeriesRef {
  referenceLines: ReferenceLine[];
  bands: { from: number; to: number; label: string }[];
  /** Per partner: points oldest first, and the summary. */
  partners: { userId: string; points: { dueOn: string; value: number }[]; summary: TrendSummary }[];
}

export interface AnswerRef {
  taskId: string;
  fieldKey: string;
  fieldLabel: string;
  /** Human-readable answer, already described (e.g. "Yes", "3 of 10"). */
  answer: string;
  dueOn: string;
  submittedAt: string;
}

export interface PrepDiscrepancy {
  ruleKey: string;
  label: string;
  explanation: string;
  exerciseTitle: string;
  dueOn: string | null;
  hp: AnswerRef & { userId: string };
  ip: AnswerRef & { userId: string };
}

export interface DiscussEntry {
  kind: "rule" | "pinned" | "release_waiting" | "share_request";
  label: string;
  exerciseTitle: string;
  authorId: string;
  taskId: string;
  detail: string | null;
  at: string;
}

export interface AgendaItem {
  text: string;
  done: boolean;
}

export interface ConcernRef {
  id: string;
  kind: "violence" | "coercive_control";
  openedAt: string;
  closedAt: string | null;
}

export interface PrepView {
  coupleId: string;
  displayName: string;
  timeZone: string;
  today: string;
  partners: PartnerRef[];
  /** Since-last-session window start: the last held session, or when the couple started. */
  since: string;
  sinceLabel: "last_session" | "couple_start";
  lastSession: SessionRef | null;
  /** The session being prepared: the next scheduled one, if any. */
  upcoming: SessionRef | null;
  sessions: SessionRef[];
  heldSessions: number;
  flags: PrepFlag[];
  /** Violence/coercion concerns, open first; while one is open, safety-clearance exercises are paused. */
  concerns: ConcernRef[];
  homework: PartnerHomework[];
  charts: ChartSeries[];
  discrepancies: PrepDiscrepancy[];
  discuss: DiscussEntry[];
  /** The saved agenda of the upcoming session, or null if none was saved yet. */
  agenda: { items: AgendaItem[]; version: number } | null;
  suggestedAgenda: AgendaItem[];
  /** The counselor's private note for the upcoming session. */
  note: { body: string; version: number } | null;
  /** The counselor's private note for the last held session, so notes written during or after it stay reachable. */
  lastSessionNote: { body: string; version: number } | null;
  /** Template id of a suggested next exercise for "assign next homework", if any. */
  nextHomework: { templateId: string; title: string } | null;
}
