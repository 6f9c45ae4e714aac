import { readdirSync } from "node:fs";
import { sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { queryRows, type DatabaseHandle } from "@/db/client";
import { MIGRATIONS_FOLDER, migrateDatabase } from "@/db/migrate";
import { useScratchDatabase } from "../../support/database";
import { createAssignment, createCouple, createPractice, createTask, createTemplateVersion, createUser } from "../../support/factories";

describe("migrations", () => {
  const scratch = useScratchDatabase();
  let handle: DatabaseHandle;
  beforeAll(() => {
    handle = scratch.handle;
  });

  it("apply from zero and record every committed migration", async () => {
    const files = readdirSync(MIGRATIONS_FOLDER).filter((file) => file.endsWith(".sql"));
    const applied = await queryRows<{ count: number }>(handle.db, sql`SELECT count(*)::int AS count FROM drizzle.__drizzle_migrations`);
    expect(applied[0]?.count).toBe(files.length);

    const tables = await queryRows<{ table_name: string }>(handle.db, 
      sql`SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY table_name`,
    );
    expect(tables.map((row) => row.table_name)).toEqual(
      expect.arrayContaining(["users", "couples", "couple_members", "responses", "response_fields", "session_notes", "audit_events", "invitations"]),
    );
  });

  it("are idempotent: applying them again changes nothing", async () => {
    await migrateDatabase(handle);
    const applied = await queryRows<{ count: number }>(handle.db, sql`SELECT count(*)::int AS count FROM drizzle.__drizzle_migrations`);
    expect(applied[0]?.count).toBe(readdirSync(MIGRATIONS_FOLDER).filter((file) => file.endsWith(".sql")).length);
  });

  it("give every foreign key an index that starts with its column(s)", async () => {
    const unindexed = await queryRows<{ constraint_name: string }>(handle.db, sql`
      SELECT c.conname AS constraint_name
      FROM pg_constraint c
      WHERE c.contype = 'f'
        AND c.connamespace = 'public'::regnamespace
        AND NOT EXISTS (
          SELECT 1 FROM pg_index i
          WHERE i.indrelid = c.conrelid
            AND (i.indkey::int2[])[0:array_length(c.conkey, 1) - 1] = c.conkey
        )
      ORDER BY 1`);
    expect(unindexed.map((row) => row.constraint_name)).toEqual([]);
  });

  it("use time zones on every timestamp column", async () => {
    const naive = await queryRows<{ column: string }>(handle.db, sql`
      SELECT table_name || '.' || column_name AS column FROM information_schema.columns
      WHERE table_schema = 'public' AND data_type = 'timestamp without time zone'`);
    expect(naive).toEqual([]);
  });

  it("make the audit trail append-only: update, delete and truncate are refused", async () => {
    await handle.db.execute(sql`INSERT INTO audit_events (action, entity_type) VALUES ('test.event', 'test')`);
    await expect(handle.db.execute(sql`UPDATE audit_events SET action = 'tampered'`)).rejects.toThrow();
    await expect(handle.db.execute(sql`DELETE FROM audit_events`)).rejects.toThrow();
    await expect(handle.db.execute(sql`TRUNCATE audit_events`)).rejects.toThrow();
    const rows = await queryRows<{ action: string }>(handle.db, sql`SELECT action FROM audit_events`);
    expect(rows.map((row) => row.action)).toEqual(["test.event"]);
  });

  it("freeze a template version once an assignment has used it", async () => {
    const practice = await createPractice(handle.db);
    const counselor = await createUser(handle.db, { practiceId: practice.id, role: "counselor" });
    const { couple } = await createCouple(handle.db, { counselor });
    const unused = await createTemplateVersion(handle.db);
    await handle.db.execute(sql`UPDATE exercise_template_versions SET definition = definition || '{"summary":"edited"}' WHERE id = ${unused.id}`);

    const used = await createTemplateVersion(handle.db);
    await createAssignment(handle.db, { coupleId: couple.id, assignedById: counselor.id, templateVersionId: used.id });
    await expect(
      handle.db.execute(sql`UPDATE exercise_template_versions SET definition = definition || '{"summary":"edited"}' WHERE id = ${used.id}`),
    ).rejects.toThrow();
  });

  it("allow at most two partners per couple and one couple per partner account", async () => {
    const practice = await createPractice(handle.db);
    const counselor = await createUser(handle.db, { practiceId: practice.id, role: "counselor" });
    const { couple, partners } = await createCouple(handle.db, { counselor });
    const third = await createUser(handle.db, { practiceId: practice.id, role: "partner" });
    await expect(
      handle.db.execute(sql`INSERT INTO couple_members (couple_id, user_id, slot) VALUES (${couple.id}, ${third.id}, 3)`),
    ).rejects.toThrow();
    await expect(
      handle.db.execute(sql`INSERT INTO couple_members (couple_id, user_id, slot) VALUES (${couple.id}, ${third.id}, 1)`),
    ).rejects.toThrow();
    const { couple: second } = await createCouple(handle.db, { counselor });
    await expect(
      handle.db.execute(sql`INSERT INTO couple_members (couple_id, user_id, slot) VALUES (${second.id}, ${partners[0].id}, 1)`),
    ).rejects.toThrow();
  });

  it("refuse a task or response that crosses couples or names someone outside the couple", async () => {
    const practice = await createPractice(handle.db);
    const counselor = await createUser(handle.db, { practiceId: practice.id, role: "counselor" });
    const ours = await createCouple(handle.db, { counselor });
    const theirs = await createCouple(handle.db, { counselor });
    const assignment = await createAssignment(handle.db, { coupleId: ours.couple.id, assignedById: counselor.id });
    const task = await createTask(handle.db, { assignmentId: assignment.id, coupleId: ours.couple.id, assigneeId: ours.partners[0].id, dueOn: "2026-11-23" });

    // A task filed under another couple than its assignment's.
    await expect(
      createTask(handle.db, { assignmentId: assignment.id, coupleId: theirs.couple.id, assigneeId: theirs.partners[0].id, dueOn: "2026-11-24" }),
    ).rejects.toThrow();
    // A task for someone who is not a partner in the couple.
    await expect(
      createTask(handle.db, { assignmentId: assignment.id, coupleId: ours.couple.id, assigneeId: theirs.partners[0].id, dueOn: "2026-11-25" }),
    ).rejects.toThrow();
    // A response by someone outside the couple, or filed under the wrong couple.
    const insertResponse = (coupleId: string, authorId: string) =>
      handle.db.execute(sql`INSERT INTO responses (task_id, couple_id, author_id, template_version_id)
        VALUES (${task.id}, ${coupleId}, ${authorId}, ${assignment.templateVersionId})`);
    await expect(insertResponse(ours.couple.id, theirs.partners[1].id)).rejects.toThrow();
    await expect(insertResponse(theirs.couple.id, theirs.partners[1].id)).rejects.toThrow();
    await insertResponse(ours.couple.id, ours.partners[0].id);
  });
});
