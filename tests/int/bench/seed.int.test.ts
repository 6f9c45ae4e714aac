import { beforeAll, describe, expect, it } from "vitest";
import type { Database, DatabaseHandle } from "@/db/client";
import { queryRows } from "@/db/client";
import { listUnscoredResponses } from "@/db/queries/scores";
import { addDays } from "@/db/schema/_shared/calendar";
import type { Audience, PartnerLabel } from "@/db/schema/_shared/enums";
import { deadlinesFor } from "@/db/schema/assignments/occurrences";
import { variantFor } from "@/db/schema/assignments/rules";
import { validateAnswers } from "@/db/schema/exercises/answers";
import type { TTemplateDefinition } from "@/db/schema/exercises/definition";
import { verifyCredentials } from "@/server/auth/credentials";
import { openTotpSecret } from "@/server/auth/mfa/sealed-secrets";
import { MATERIALIZE_DAYS_AHEAD } from "@/server/services/assignments/materialize-tasks";
import { scoreRowsFor } from "@/server/services/tasks/store-scores";
import { sql } from "drizzle-orm";
import { BENCH_PASSWORD } from "../../bench/seed/plan";
import { RefusedToSeedError, seedBenchmark, type SeedResult } from "../../bench/seed/seed";
import type { SeedOptions } from "../../bench/seed/options";
import { callerAs } from "../../support/callers";
import { createEmptyDatabase, useScratchDatabase } from "../../support/database";
import { createSession, type TestUser } from "../../support/factories";

// The benchmark generator writes its rows in bulk SQL rather than through the services,
// so this is the check that its data is what the app itself would have written: the
// app's own procedures read it (Today, a task, the caseload, the prep view), every stored
// answer passes the app's validation, and nothing is left for the lazy writers to fix.
// Runs on PGlite by default and on PostgreSQL with TEST_DATABASE_URL.

const request = { id: "bench-seed-test", ip: null, userAgent: null };
const OPTIONS: SeedOptions = { couples: 4, counselors: 2, days: 14, seed: 7, reset: false, now: new Date() };

async function rows<Row>(db: Database, text: string): Promise<Row[]> {
  return queryRows<Row>(db, sql.raw(text));
}

async function signedIn(db: Database, email: string): Promise<TestUser> {
  const [row] = await rows<{ id: string; role: TestUser["role"]; practice_id: string; display_name: string; session_version: number }>(
    db,
    `SELECT id, role, practice_id, display_name, session_version FROM users WHERE email = '${email}'`,
  );
  if (!row) throw new Error(`no user ${email}`);
  return { id: row.id, role: row.role, practiceId: row.practice_id, email, displayName: row.display_name, sessionVersion: row.session_version, sessionId: await createSession(db, row.id) };
}

interface StoredResponse {
  response_id: string;
  state: "draft" | "submitted";
  audience: Audience;
  label: PartnerLabel;
  definition: TTemplateDefinition;
  template_id: string;
  due_on: string;
  submitted_at: string | null;
  answers: Record<string, unknown> | null;
  classes: Record<string, string> | null;
}

describe("benchmark data generator", () => {
  const scratch = useScratchDatabase();
  let handle: DatabaseHandle;
  let result: SeedResult;

  beforeAll(async () => {
    handle = scratch.handle;
    result = await seedBenchmark(handle, OPTIONS);
  }, 120_000);

  it("builds the requested world: practices, staff, couples evenly spread, two partners each", () => {
    expect(result.counts).toMatchObject({ practices: 1, couples: 4, couple_members: 8, consent_records: 8, user_totp: 3 });
    expect(result.counts.users).toBe(1 + 2 + 8);
    const perCounselor = new Map<string, number>();
    for (const couple of result.plan.couples) perCounselor.set(couple.counselorId, (perCounselor.get(couple.counselorId) ?? 0) + 1);
    expect([...perCounselor.values()]).toEqual([2, 2]);
    for (const table of ["tasks", "responses", "response_fields", "response_revisions", "response_scores", "session_records", "audit_events", "notifications"]) {
      expect(result.counts[table], table).toBeGreaterThan(0);
    }
  });

  it("refuses to fill a database that already holds practices", async () => {
    await expect(seedBenchmark(handle, OPTIONS)).rejects.toBeInstanceOf(RefusedToSeedError);
  });

  it("gives every account the bench password, and staff a confirmed authenticator with the published secret", async () => {
    const partner = await verifyCredentials(handle.db, { email: result.plan.couples[0]!.partners[0].email, password: BENCH_PASSWORD }, request);
    expect(partner).toMatchObject({ role: "partner" });
    const staff = await rows<{ user_id: string; secret_ciphertext: string; confirmed_at: string | null }>(handle.db, "SELECT user_id, secret_ciphertext, confirmed_at FROM user_totp");
    for (const row of staff) {
      expect(row.confirmed_at).not.toBeNull();
      expect(openTotpSecret(row.user_id, row.secret_ciphertext)).toBe(result.plan.totpSecret);
    }
  });

  it("opens Today for a partner with today's check-in, and the app has nothing left to materialise or mark", async () => {
    const couple = result.plan.couples[0]!;
    const partner = await signedIn(handle.db, couple.partners[0].email);
    const before = await rows<{ status: string; n: number }>(handle.db, "SELECT status::text, count(*)::int AS n FROM tasks GROUP BY 1 ORDER BY 1");
    const today = await callerAs(handle.db, partner).today.get();
    const after = await rows<{ status: string; n: number }>(handle.db, "SELECT status::text, count(*)::int AS n FROM tasks GROUP BY 1 ORDER BY 1");
    // materializeCoupleTasks and markMissedTasks ran inside today.get and found nothing to do.
    expect(after).toEqual(before);
    expect(today.today).toBe(couple.today);
    const checkIn = today.dueToday.find((task) => task.title === "Daily trust check-in");
    expect(checkIn).toBeDefined();
    expect(["not_started", "in_progress"]).toContain(checkIn!.status);
    expect(today.recentlyDone.length).toBeGreaterThan(0);
  });

  it("opens a past submitted task with its answers, as stored and valid", async () => {
    const couple = result.plan.couples[0]!;
    const partner = await signedIn(handle.db, couple.partners[1].email);
    const [task] = await rows<{ id: string }>(
      handle.db,
      `SELECT t.id FROM tasks t JOIN responses r ON r.task_id = t.id AND r.author_id = t.assignee_id
       WHERE t.assignee_id = '${partner.id}' AND t.status = 'submitted' AND r.state = 'submitted' ORDER BY t.due_on DESC LIMIT 1`,
    );
    expect(task).toBeDefined();
    const page = await callerAs(handle.db, partner).task.get({ taskId: task!.id });
    expect(page.task.status).toBe("submitted");
    expect(page.response).toMatchObject({ state: "submitted" });
    expect(Object.keys(page.response!.answers).length).toBeGreaterThan(0);
    const [stored] = await rows<{ answers: Record<string, unknown> }>(
      handle.db,
      `SELECT jsonb_object_agg(f.field_key, f.value) AS answers FROM response_fields f JOIN responses r ON r.id = f.response_id WHERE r.task_id = '${task!.id}' AND r.author_id = '${partner.id}'`,
    );
    expect(page.response!.answers).toEqual(stored!.answers);
  });

  it("lists a counselor's couples on the caseload with completion and trends, and opens a prep view", async () => {
    const counselor = await signedIn(handle.db, "counselor-1@bench.trellis.test");
    const caseload = await callerAs(handle.db, counselor).prep.caseload();
    const own = result.plan.couples.filter((couple) => couple.counselorId === counselor.id).map((couple) => couple.id);
    expect(caseload.rows.map((row) => row.coupleId).sort()).toEqual([...own].sort());
    const partners = caseload.rows.flatMap((row) => row.partners);
    expect(partners.every((partner) => partner.completion.assigned > 0)).toBe(true);
    expect(partners.reduce((sum, partner) => sum + partner.completion.completed, 0)).toBeGreaterThan(0);
    expect(partners.some((partner) => partner.trends.some((trend) => trend.summary.latest !== null))).toBe(true);
    expect(caseload.rows.every((row) => row.lastSessionAt !== null && row.nextSessionAt !== null)).toBe(true);

    const prep = await callerAs(handle.db, counselor).prep.couple({ coupleId: own[0]! });
    expect(prep.sinceLabel).toBe("last_session");
    expect(prep.upcoming).not.toBeNull();
    expect(prep.heldSessions).toBeGreaterThan(0);
    const checkIn = prep.homework.flatMap((partner) => partner.lines).filter((line) => line.isDaily);
    expect(checkIn).toHaveLength(2);
    expect(checkIn.every((line) => line.days.length > 0)).toBe(true);
    const mood = prep.charts.find((chart) => chart.label === "Mood")!;
    expect(mood.partners).toHaveLength(2);
    expect(mood.partners.every((partner) => partner.points.length > 3)).toBe(true);
  });

  it("stores only answers the app's own validation accepts, at the visibility it would store", async () => {
    const responses = await rows<StoredResponse>(
      handle.db,
      `SELECT r.id AS response_id, r.state::text AS state, a.audience::text AS audience, m.label::text AS label, v.definition, v.template_id, t.due_on::text AS due_on,
         r.submitted_at::text AS submitted_at,
         (SELECT jsonb_object_agg(f.field_key, f.value) FROM response_fields f WHERE f.response_id = r.id) AS answers,
         (SELECT jsonb_object_agg(f.field_key, f.visibility) FROM response_fields f WHERE f.response_id = r.id) AS classes
       FROM responses r JOIN tasks t ON t.id = r.task_id JOIN assignments a ON a.id = t.assignment_id
       JOIN exercise_template_versions v ON v.id = r.template_version_id
       JOIN couple_members m ON m.couple_id = r.couple_id AND m.user_id = r.author_id`,
    );
    expect(responses.length).toBe(result.counts.responses);
    const scores = await rows<{ response_id: string; score_key: string; value: number }>(handle.db, "SELECT response_id, score_key, value FROM response_scores");
    const scoresOf = new Map<string, Record<string, number>>();
    for (const score of scores) scoresOf.set(score.response_id, { ...scoresOf.get(score.response_id), [score.score_key]: score.value });
    for (const response of responses) {
      const variant = variantFor(response.audience, response.label);
      const answers = response.answers ?? {};
      const checked = validateAnswers(response.definition, variant, answers, { mode: response.state === "submitted" ? "submit" : "draft" });
      expect(checked, `${response.response_id}: ${JSON.stringify(checked.success ? null : checked.issues)}`).toMatchObject({ success: true });
      expect(checked.success && checked.data).toEqual(answers);
      const fields = new Map(response.definition.sections.flatMap((section) => section.fields).map((field) => [field.key, field.visibility]));
      for (const [key, visibility] of Object.entries(response.classes ?? {})) expect(visibility).toBe(fields.get(key));
      if (response.state === "submitted") {
        const expected = scoreRowsFor(response.definition, variant, answers, {
          responseId: response.response_id,
          coupleId: "",
          authorId: "",
          templateId: response.template_id,
          dueOn: response.due_on,
          submittedAt: new Date(),
        });
        expect(scoresOf.get(response.response_id) ?? {}).toEqual(Object.fromEntries(expected.map((row) => [row.scoreKey, row.value])));
      }
    }
    expect(await listUnscoredResponses(handle.db, 10, null)).toEqual([]);
  });

  it("keeps tasks consistent: deadlines from deadlinesFor, statuses the lazy marker agrees with, horizons reached", async () => {
    const tasks = await rows<{ due_on: string; due_at: string; grace_until: string; time_zone: string; status: string; submitted_at: string | null; is_late: boolean }>(
      handle.db,
      `SELECT t.due_on::text AS due_on, t.due_at, t.grace_until, c.time_zone, t.status::text AS status, t.submitted_at, t.is_late
       FROM tasks t JOIN couples c ON c.id = t.couple_id`,
    );
    const now = OPTIONS.now.getTime();
    for (const task of tasks) {
      const { dueAt, graceUntil } = deadlinesFor(task.due_on, task.time_zone);
      expect(new Date(task.due_at).getTime()).toBe(dueAt.getTime());
      expect(new Date(task.grace_until).getTime()).toBe(graceUntil.getTime());
      if (["not_started", "in_progress"].includes(task.status)) expect(graceUntil.getTime()).toBeGreaterThan(now);
      if (task.status === "submitted") {
        expect(task.submitted_at).not.toBeNull();
        expect(new Date(task.submitted_at!).getTime()).toBeLessThanOrEqual(now);
        expect(task.is_late).toBe(new Date(task.submitted_at!).getTime() > dueAt.getTime());
      }
    }
    const statuses = new Set(tasks.map((task) => task.status));
    for (const status of ["not_started", "submitted", "missed", "skipped"]) expect(statuses).toContain(status);

    const horizons = await rows<{ tasks_through: string; today: string; kind: string; due_on: string | null }>(
      handle.db,
      `SELECT a.tasks_through::text AS tasks_through, (now() AT TIME ZONE c.time_zone)::date::text AS today, a.schedule->>'kind' AS kind, a.schedule->>'dueOn' AS due_on
       FROM assignments a JOIN couples c ON c.id = a.couple_id WHERE a.status = 'active'`,
    );
    for (const row of horizons) expect(row.tasks_through >= addDays(row.today, MATERIALIZE_DAYS_AHEAD)).toBe(true);
    const [unfrozen] = await rows<{ n: number }>(
      handle.db,
      "SELECT count(*)::int AS n FROM exercise_template_versions v WHERE v.first_used_at IS NULL AND EXISTS (SELECT 1 FROM assignments a WHERE a.template_version_id = v.id)",
    );
    expect(unfrozen!.n).toBe(0);
  });

  it("is deterministic: the same seed and moment give the same rows", async () => {
    const other = await createEmptyDatabase();
    try {
      const again = await seedBenchmark(other.handle, OPTIONS);
      // The first database has since had sign-ins and reads of its own, so compare with its counts at seeding.
      expect(again.counts).toEqual(result.counts);
      const fingerprint = (db: Database) =>
        rows<{ tasks: string; answers: string }>(
          db,
          `SELECT (SELECT md5(string_agg(id::text || status::text, ',' ORDER BY id)) FROM tasks) AS tasks,
                  (SELECT md5(string_agg(response_id::text || field_key || value::text, ',' ORDER BY response_id, field_key)) FROM response_fields) AS answers`,
        );
      expect(await fingerprint(other.handle.db)).toEqual(await fingerprint(handle.db));
    } finally {
      await other.dispose();
    }
  }, 120_000);
});
