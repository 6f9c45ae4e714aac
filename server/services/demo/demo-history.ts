import { randomUUID } from "node:crypto";
import { and, eq, isNotNull, sql } from "drizzle-orm";
import type { Database } from "@/db/client";
import { setResponsePin } from "@/db/queries/responses";
import { insertSession } from "@/db/queries/sessions";
import { addDays, todayIn } from "@/db/schema/_shared/calendar";
import { deadlinesFor } from "@/db/schema/assignments/occurrences";
import { couples, exerciseTemplates, responses, tasks, users } from "@/db/schema";
import type { CounselorViewer, PartnerViewer } from "../../auth/viewer";
import type { RequestInfo } from "../../request-info";
import { assignExercise } from "../assignments/assign-exercise";
import { skipTask } from "../tasks/skip-task";
import { submitTask } from "../tasks/submit-task";
import { instantIn } from "../sessions/session-ref";
import { DEMO_HISTORIES, type DemoDay, type DemoHistory } from "./demo-stories";

const request: RequestInfo = { id: "demo-seed", ip: null, userAgent: null };

interface Member {
  userId: string;
  label: PartnerViewer["label"];
  displayName: string;
  email: string;
}

/**
 * Weeks of homework for the demo couples that have a story, written through the same
 * services a partner's browser calls (assign, submit, skip), dated in the past, so the
 * caseload and prep views show real completion, trends, discrepancies and items to
 * discuss whose numbers match the answers.
 */
export async function seedDemoHistory(db: Database, practice: { id: string; timeZone: string }, now: Date = new Date()) {
  for (const history of DEMO_HISTORIES) await seedCoupleHistory(db, practice, history, now);
}

async function seedCoupleHistory(db: Database, practice: { id: string; timeZone: string }, history: DemoHistory, now: Date) {
  const [couple] = await db
    .select({ id: couples.id, timeZone: couples.timeZone, counselorId: couples.counselorId })
    .from(couples)
    .where(and(eq(couples.practiceId, practice.id), eq(couples.displayName, history.couple)))
    .limit(1);
  if (!couple) throw new Error(`demo couple ${history.couple} missing`);
  const [counselor] = await db.select().from(users).where(eq(users.id, couple.counselorId)).limit(1);
  if (!counselor) throw new Error("demo counselor missing");
  const counselorViewer: CounselorViewer = {
    role: "counselor",
    userId: counselor.id,
    practiceId: practice.id,
    practiceTimeZone: practice.timeZone,
    displayName: counselor.displayName,
    email: counselor.email,
    mfaEnrolled: true,
    mfaSatisfied: true,
  };
  const members = await db.query.coupleMembers.findMany({ where: (member, { eq: equals }) => equals(member.coupleId, couple.id), with: { user: true } });
  const partners: Member[] = members.map((member) => ({ userId: member.userId, label: member.label, displayName: member.user.displayName, email: member.user.email }));
  const partnerViewer = (member: Member): PartnerViewer => ({
    role: "partner",
    userId: member.userId,
    practiceId: practice.id,
    practiceTimeZone: practice.timeZone,
    displayName: member.displayName,
    mfaEnrolled: false,
    mfaSatisfied: true,
    email: member.email,
    coupleId: couple.id,
    memberId: member.userId,
    label: member.label,
    // Demo partners accepted their couple's policy when the practice was seeded.
    consentCurrent: true,
    coupleArchived: false,
  });
  const today = todayIn(couple.timeZone, now);
  const at = (day: number, time: string) => instantIn(addDays(today, day), time, couple.timeZone);

  await db.update(couples).set({ createdAt: at(history.startedDaysAgo * -1, "09:00") }).where(eq(couples.id, couple.id));
  for (const day of history.heldSessionDays) {
    await insertSession(db, { coupleId: couple.id, counselorId: counselor.id, scheduledAt: at(day, "15:00"), status: "held" });
  }
  await insertSession(db, { coupleId: couple.id, counselorId: counselor.id, scheduledAt: at(history.nextSessionDay, "15:00") });

  for (const homework of history.homework) {
    const [template] = await db.select({ id: exerciseTemplates.id }).from(exerciseTemplates).where(eq(exerciseTemplates.slug, homework.slug)).limit(1);
    if (!template) throw new Error(`built-in exercise ${homework.slug} missing`);
    const startsOn = addDays(today, homework.startDay);
    const schedule =
      homework.schedule === "daily"
        ? { kind: "daily" as const }
        : homework.schedule === "weekly"
          ? { kind: "weekly" as const, weekdays: [new Date(`${startsOn}T12:00:00Z`).getUTCDay()], everyWeeks: 1 }
          : { kind: "once" as const, dueOn: addDays(today, homework.schedule.dueDay) };
    const { assignmentId } = await assignExercise(
      { db, viewer: counselorViewer, request },
      { coupleId: couple.id, templateId: template.id, audience: homework.audience, startsOn, schedule, noteToCouple: homework.note ?? "", visibilityOverrides: {} },
    );
    for (const partner of partners) {
      const days = homework.days(partner.label, today);
      for (const entry of days) await completeDay(db, assignmentId, partner, partnerViewer(partner), entry, couple.timeZone);
    }
  }

  // Activity dates follow the story rather than the moment of seeding.
  await db.update(responses).set({ updatedAt: sql`${responses.submittedAt}` }).where(and(eq(responses.coupleId, couple.id), isNotNull(responses.submittedAt)));
}

async function completeDay(db: Database, assignmentId: string, partner: Member, viewer: PartnerViewer, entry: DemoDay, timeZone: string) {
  const [task] = await db
    .select({ id: tasks.id, dueAt: tasks.dueAt })
    .from(tasks)
    .where(and(eq(tasks.assignmentId, assignmentId), eq(tasks.dueOn, entry.dueOn), sql`(${tasks.assigneeId} = ${partner.userId} OR ${tasks.assigneeId} IS NULL)`))
    .limit(1);
  if (!task) throw new Error(`demo task ${entry.dueOn} missing`);
  const ctx = { db, viewer, request };
  const { dueAt } = deadlinesFor(entry.dueOn, timeZone);
  // On time: the evening of the due day. Late: the next morning.
  const when = new Date(dueAt.getTime() + (entry.late ? 9 : -4) * 60 * 60 * 1000);
  if (entry.skip) {
    await skipTask(ctx, { taskId: task.id, reason: entry.skip }, when);
    return;
  }
  const result = await submitTask(ctx, { taskId: task.id, baseVersion: 0, answers: entry.answers ?? {}, submitKey: randomUUID() }, when);
  if (entry.pinned) await setResponsePin(db, result.responseId, partner.userId, new Date(when.getTime() + 60_000));
}
