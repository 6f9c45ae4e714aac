import { listCaseloadCouples } from "@/db/queries/couples";
import { listCompletion, listCoupleFacts, listScoreSamples } from "@/db/queries/prep";
import { todayIn } from "@/db/schema/_shared/calendar";
import type { CounselorViewer } from "../../auth/viewer";
import { recordAudit } from "../audit";
import type { ServiceContext } from "../context";
import { attentionReasons, sortByAttention } from "./attention";
import { completionOf, EMPTY_COMPLETION } from "./completion";
import { groupSeries, summarize } from "./series";
import type { CaseloadRow, CaseloadView } from "./types";

const DAY_MS = 24 * 60 * 60 * 1000;
const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());

/**
 * Every couple on the caseload with what needs attention, in attention order. Four
 * set-based queries cover the whole caseload (couples, per-couple facts, completion,
 * sampled scores) plus the audit row, however many couples or answers there are.
 */
export async function getCaseload(ctx: ServiceContext<CounselorViewer>, now: Date = new Date()): Promise<CaseloadView> {
  const scope = { counselorId: ctx.viewer.userId, practiceId: ctx.viewer.practiceId };
  const filter = { caseload: scope };
  const [couples, facts, completion, scores] = await Promise.all([
    listCaseloadCouples(ctx.db, scope),
    listCoupleFacts(ctx.db, filter, now),
    listCompletion(ctx.db, filter, now, { byAssignment: false }),
    listScoreSamples(ctx.db, filter),
  ]);
  await recordAudit(ctx.db, ctx.viewer, ctx.request, { action: "caseload.read", entityType: "couple", details: { coupleIds: couples.map((couple) => couple.id) } });

  const factsBy = new Map(facts.map((row) => [row.couple_id, row]));
  const completionBy = new Map(completion.map((row) => [`${row.couple_id}|${row.user_id}`, completionOf(row)]));
  const series = groupSeries(scores);

  const rows = couples.map((couple) => {
    const fact = factsBy.get(couple.id);
    const heldDates = fact?.held_dates ?? [];
    const partners = couple.partners.map((partner) => ({
      userId: partner.userId,
      displayName: partner.displayName,
      label: partner.label,
      completion: completionBy.get(`${couple.id}|${partner.userId}`) ?? EMPTY_COMPLETION,
      trends: series
        .filter((entry) => entry.coupleId === couple.id && entry.userId === partner.userId)
        .map((entry) => ({ ...entry.ref, summary: summarize(entry, heldDates) })),
    }));
    const lastActivityMs = fact?.last_activity_ms ?? null;
    const facts = {
      displayName: couple.displayName,
      openFlags: fact?.open_flags ?? 0,
      deteriorating: partners.flatMap((partner) => partner.trends).filter((trend) => trend.summary.badge?.kind === "deteriorating").length,
      missedSinceLastSession: partners.reduce((sum, partner) => sum + partner.completion.missed, 0),
      nextSessionAt: iso(fact?.next_session_ms ?? null),
      archived: couple.status === "archived",
    };
    const row: CaseloadRow & { facts: typeof facts } = {
      coupleId: couple.id,
      displayName: couple.displayName,
      phase: couple.phase,
      status: couple.status,
      partners,
      nextSessionAt: facts.nextSessionAt,
      lastSessionAt: iso(fact?.last_session_ms ?? null),
      openFlags: facts.openFlags,
      lastActivityAt: iso(lastActivityMs),
      daysSinceActivity: lastActivityMs === null ? null : Math.floor((now.getTime() - lastActivityMs) / DAY_MS),
      attention: attentionReasons(facts),
      facts,
    };
    return row;
  });

  const ordered = sortByAttention(rows.map((row) => ({ ...row.facts, row }))).map(({ row: { facts: _facts, ...row } }) => row);
  return { today: todayIn(ctx.viewer.practiceTimeZone, now), rows: ordered };
}
