import type { Database } from "@/db/client";
import { addDays } from "@/db/schema/_shared/calendar";
import { deadlinesFor } from "@/db/schema/assignments/occurrences";
import type { SeedPlan } from "./plan";
import type { Progress } from "./sql";
import { insertRecords, run } from "./sql";

/**
 * Assignments as assignExercise leaves them (frozen version, schedule, tasks_through at
 * the materialised horizon), plus the temporary plan tables the SQL expansion reads:
 * couples with their local "today", partners with their engagement and score
 * trajectory, each assignment's occurrence dates and assignees, and every (zone, date)
 * deadline computed by the app's own deadlinesFor.
 */
export async function insertAssignments(db: Database, plan: SeedPlan, levels: ReadonlyMap<string, number>, progress: Progress): Promise<void> {
  const assignments = plan.couples.flatMap((couple) => couple.assignments.map((assignment) => ({ couple, assignment })));
  await progress.step("assignments", () =>
    insertRecords(
      db,
      "assignments",
      {
        id: "uuid",
        couple_id: "uuid",
        template_version_id: "uuid",
        assigned_by_id: "uuid",
        audience: "audience",
        schedule: "jsonb",
        starts_on: "date",
        ends_on: "date",
        note_to_couple: "text",
        visibility_overrides: "jsonb",
        status: "assignment_status",
        version: "int",
        ended_at: "timestamptz",
        tasks_through: "date",
        created_at: "timestamptz",
        updated_at: "timestamptz",
      },
      assignments.map(({ couple, assignment }) => ({
        id: assignment.id,
        couple_id: couple.id,
        template_version_id: assignment.templateVersionId,
        assigned_by_id: couple.counselorId,
        audience: assignment.audience,
        schedule: assignment.schedule,
        starts_on: assignment.startsOn,
        ends_on: assignment.endsOn,
        note_to_couple: assignment.noteToCouple,
        visibility_overrides: {},
        status: assignment.status,
        version: 1,
        ended_at: assignment.endedAt,
        tasks_through: assignment.tasksThrough,
        created_at: assignment.createdAt,
        updated_at: assignment.endedAt ?? assignment.createdAt,
      })),
    ),
  );

  await run(
    db,
    "CREATE TEMP TABLE bench_couple (couple_id uuid PRIMARY KEY, ordinal int, time_zone text, today date, start_on date, counselor_id uuid, practice_id uuid, created_at timestamptz)",
    "CREATE TEMP TABLE bench_member (user_id uuid PRIMARY KEY, couple_id uuid, other_id uuid, slot int, engagement float8, base float8, slope float8)",
    `CREATE TEMP TABLE bench_assignment (assignment_id uuid PRIMARY KEY, couple_id uuid, template_version_id uuid, template_id uuid, slug text, schedule_kind text,
       joint boolean, audience text, status text, ended_at timestamptz, levels int, effort float8, rare_rate float8, created_at timestamptz, dates date[])`,
    "CREATE TEMP TABLE bench_assignee (assignment_id uuid, assignee_id uuid, author_id uuid, side text)",
    "CREATE TEMP TABLE bench_deadline (time_zone text, due_on date, due_at timestamptz, grace_until timestamptz, PRIMARY KEY (time_zone, due_on))",
  );
  await insertRecords(
    db,
    "bench_couple",
    { couple_id: "uuid", ordinal: "int", time_zone: "text", today: "date", start_on: "date", counselor_id: "uuid", practice_id: "uuid", created_at: "timestamptz" },
    plan.couples.map((couple) => ({
      couple_id: couple.id,
      ordinal: couple.ordinal,
      time_zone: couple.timeZone,
      today: couple.today,
      start_on: couple.startOn,
      counselor_id: couple.counselorId,
      practice_id: couple.practiceId,
      created_at: couple.createdAt,
    })),
  );
  await insertRecords(
    db,
    "bench_member",
    { user_id: "uuid", couple_id: "uuid", other_id: "uuid", slot: "int", engagement: "float8", base: "float8", slope: "float8" },
    plan.couples.flatMap((couple) =>
      couple.partners.map((partner, index) => ({
        user_id: partner.id,
        couple_id: couple.id,
        other_id: couple.partners[1 - index]!.id,
        slot: partner.slot,
        engagement: partner.engagement,
        base: partner.base,
        slope: partner.slope,
      })),
    ),
  );
  await insertRecords(
    db,
    "bench_assignment",
    {
      assignment_id: "uuid",
      couple_id: "uuid",
      template_version_id: "uuid",
      template_id: "uuid",
      slug: "text",
      schedule_kind: "text",
      joint: "boolean",
      audience: "text",
      status: "text",
      ended_at: "timestamptz",
      levels: "int",
      effort: "float8",
      rare_rate: "float8",
      created_at: "timestamptz",
      dates: "date[]",
    },
    assignments.map(({ couple, assignment }) => ({
      assignment_id: assignment.id,
      couple_id: couple.id,
      template_version_id: assignment.templateVersionId,
      template_id: assignment.templateId,
      slug: assignment.slug,
      schedule_kind: assignment.schedule.kind,
      joint: assignment.audience === "together",
      audience: assignment.audience,
      status: assignment.status,
      ended_at: assignment.endedAt,
      // How many score levels its answer variants have (see answers.ts); 1 for unscored exercises.
      levels: levels.get(assignment.templateVersionId) ?? 1,
      effort: assignment.effort,
      rare_rate: assignment.rareRate,
      created_at: assignment.createdAt,
      // A PostgreSQL array literal: json_to_recordset reads date[] from its text form.
      dates: `{${assignment.dates.join(",")}}`,
    })),
  );
  await insertRecords(
    db,
    "bench_assignee",
    { assignment_id: "uuid", assignee_id: "uuid", author_id: "uuid", side: "text" },
    assignments.flatMap(({ assignment }) => assignment.assignees.map((assignee) => ({ assignment_id: assignment.id, assignee_id: assignee.assigneeId, author_id: assignee.authorId, side: assignee.side }))),
  );

  const deadlines: Record<string, unknown>[] = [];
  const zones = new Set(plan.couples.map((couple) => couple.timeZone));
  const last = plan.couples.flatMap((couple) => couple.assignments.map((assignment) => assignment.dates.at(-1) ?? couple.today)).reduce((max, date) => (date > max ? date : max), plan.anchor);
  for (const zone of zones) {
    for (let date = plan.anchor; date <= last; date = addDays(date, 1)) {
      const { dueAt, graceUntil } = deadlinesFor(date, zone);
      deadlines.push({ time_zone: zone, due_on: date, due_at: dueAt, grace_until: graceUntil });
    }
  }
  await insertRecords(db, "bench_deadline", { time_zone: "text", due_on: "date", due_at: "timestamptz", grace_until: "timestamptz" }, deadlines);
  await run(db, "ANALYZE bench_couple", "ANALYZE bench_member", "ANALYZE bench_assignment", "ANALYZE bench_assignee", "ANALYZE bench_deadline");
}
