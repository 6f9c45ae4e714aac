import { listCoupleConcerns } from "@/db/queries/concerns";
import { findCaseloadCouple } from "@/db/queries/couples";
import { listCompletion, listCoupleAssignments, listPrepFlags, listScorePoints, listWaiting, listWindowAnswers, type CoupleAssignmentRow } from "@/db/queries/prep";
import { listCoupleSessions, listSessionNotes } from "@/db/queries/sessions";
import { todayIn } from "@/db/schema/_shared/calendar";
import { variantFor } from "@/db/schema/assignments/rules";
import type { CounselorViewer } from "../../auth/viewer";
import { NotFoundError } from "../../errors";
import { recordAudit } from "../audit";
import type { ServiceContext } from "../context";
import { sessionRefOf } from "../sessions/session-ref";
import { buildCharts } from "./charts";
import { buildHomework } from "./homework";
import { buildDiscussion } from "./discussion";
import { groupSeries } from "./series";
import { suggestAgenda } from "./suggest-agenda";
import type { PrepFlag, PrepView } from "./types";

/** A session still counts as upcoming for two hours after it starts, so it can be prepared and noted during it. */
const IN_PROGRESS_MS = 2 * 60 * 60 * 1000;
const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());

/**
 * The couple's session-prep read. A fixed number of round trips whatever the history:
 * couple, sessions, then seven set-based reads in parallel (flags, completion, scores,
 * assignments, waiting items, notes, concerns), the rule-bearing answers of the window,
 * and the audit row. tests/int/api/prep-queries.int.test.ts counts them.
 */
export async function getCouplePrep(ctx: ServiceContext<CounselorViewer>, coupleId: string, now: Date = new Date()): Promise<PrepView> {
  const couple = await findCaseloadCouple(ctx.db, { counselorId: ctx.viewer.userId, practiceId: ctx.viewer.practiceId }, coupleId);
  if (!couple) throw new NotFoundError("We couldn't find that couple on your caseload.");
  const sessions = await listCoupleSessions(ctx.db, couple.id);
  const lastSession = sessions.find((session) => session.status === "held");
  const upcoming = sessions.filter((session) => session.status === "scheduled" && session.scheduledAt.getTime() >= now.getTime() - IN_PROGRESS_MS).at(-1);
  const since = lastSession?.scheduledAt ?? couple.createdAt;
  const filter = { coupleId: couple.id };

  const noteSessionIds = [upcoming?.id, lastSession?.id].filter((id): id is string => id !== undefined);
  const [flagRows, completion, scores, assignments, waiting, notes, concernRows] = await Promise.all([
    listPrepFlags(ctx.db, couple.id, since),
    listCompletion(ctx.db, filter, now, { byAssignment: true }),
    listScorePoints(ctx.db, filter),
    listCoupleAssignments(ctx.db, couple.id),
    listWaiting(ctx.db, couple.id),
    listSessionNotes(ctx.db, noteSessionIds, ctx.viewer.userId),
    listCoupleConcerns(ctx.db, couple.id),
  ]);
  const ruleAssignments = assignments.filter((assignment) => (assignment.definition.discrepancies?.length ?? 0) + (assignment.definition.discuss?.length ?? 0) > 0);
  const answers = await listWindowAnswers(
    ctx.db,
    couple.id,
    since,
    ruleAssignments.map((assignment) => assignment.id),
  );
  await recordAudit(ctx.db, ctx.viewer, ctx.request, { action: "prep.read", entityType: "couple", entityId: couple.id, coupleId: couple.id });

  const partners = couple.partners.map(({ userId, displayName, label }) => ({ userId, displayName, label }));
  const names = new Map(partners.map((partner) => [partner.userId, partner.displayName]));
  const assignmentsById = new Map<string, CoupleAssignmentRow>(assignments.map((assignment) => [assignment.id, assignment]));
  const sideOf = (assignmentId: string, userId: string) => {
    const assignment = assignmentsById.get(assignmentId);
    const partner = couple.partners.find((entry) => entry.userId === userId);
    return assignment && partner ? variantFor(assignment.audience as Parameters<typeof variantFor>[0], partner.label) : undefined;
  };
  const heldDates = sessions
    .filter((session) => session.status === "held")
    .map((session) => todayIn(couple.timeZone, session.scheduledAt))
    .reverse();

  const flags: PrepFlag[] = flagRows.map((row) => ({
    id: row.id,
    authorId: row.author_id,
    rule: row.rule,
    severity: row.severity,
    excerpt: row.excerpt,
    raisedAt: new Date(row.raised_ms).toISOString(),
    acknowledgedAt: iso(row.acknowledged_ms),
    actionTaken: row.action_taken,
    taskId: row.task_id,
    isNew: row.raised_ms > since.getTime(),
  }));
  const homework = buildHomework(partners, completion);
  const charts = buildCharts(groupSeries(scores), assignments, heldDates);
  const { discrepancies, discuss } = buildDiscussion({ answers, waiting, assignmentsById, sideOf, since });
  const noteOf = (sessionId: string | undefined) => {
    const found = notes.find((entry) => entry.sessionId === sessionId);
    return found ? { body: found.body, version: found.version } : null;
  };
  const lastOnce = [...assignments].reverse().find((assignment) => assignment.schedule.kind === "once");

  return {
    coupleId: couple.id,
    displayName: couple.displayName,
    timeZone: couple.timeZone,
    today: todayIn(couple.timeZone, now),
    partners,
    since: since.toISOString(),
    sinceLabel: lastSession ? "last_session" : "couple_start",
    lastSession: lastSession ? sessionRefOf(lastSession) : null,
    upcoming: upcoming ? sessionRefOf(upcoming) : null,
    sessions: sessions.map(sessionRefOf),
    heldSessions: heldDates.length,
    flags,
    concerns: [...concernRows]
      .sort((a, b) => Number(a.closedAt !== null) - Number(b.closedAt !== null))
      .map((row) => ({ id: row.id, kind: row.kind, openedAt: row.openedAt.toISOString(), closedAt: row.closedAt ? row.closedAt.toISOString() : null })),
    homework,
    charts,
    discrepancies,
    discuss,
    agenda: upcoming?.agenda ? { items: upcoming.agenda.items, version: upcoming.version } : null,
    suggestedAgenda: suggestAgenda({ names, flags, homework, charts, discrepancies, discuss }),
    note: noteOf(upcoming?.id),
    lastSessionNote: noteOf(lastSession?.id),
    nextHomework: lastOnce ? { templateId: lastOnce.template_id, title: lastOnce.definition.title } : null,
  };
}
