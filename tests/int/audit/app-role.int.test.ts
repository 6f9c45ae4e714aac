import { sql, type SQL } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { APP_ROLE, appRoleStatements } from "@/db/app-role";
import { queryRows, type Database, type DatabaseHandle } from "@/db/client";
import { migrateDatabase } from "@/db/migrate";
import { recordAudit } from "@/server/services/audit";
import { useTestDatabase } from "../../support/database";

/**
 * The audit trail can't be changed (security.md L2): the trigger of migration 0001
 * stops everyone, the table owner included, and the application role of
 * db/roles/app-role.sql lacks the privileges in the first place, and can't remove the
 * trigger. PGlite is a full PostgreSQL with roles, so all of it runs in both modes.
 */

const request = { id: "app-role-test", ip: null, userAgent: null };

/** The root database error of a refused statement, or "ok". */
async function attempt(db: Database, statement: SQL): Promise<string> {
  try {
    // A savepoint, so one refusal doesn't end the surrounding transaction.
    await db.transaction((savepoint) => savepoint.execute(statement));
    return "ok";
  } catch (error) {
    let root: unknown = error;
    while (root instanceof Error && root.cause) root = root.cause;
    const { code, message } = root as { code?: string; message?: string };
    return `${code}: ${message}`;
  }
}

const PERMISSION_DENIED = /^42501: permission denied for table audit_events/;
const APPEND_ONLY = /^42501: audit_events is append-only \((UPDATE|DELETE|TRUNCATE) refused\)/;

describe("the audit trail is append-only (L2), on PGlite and PostgreSQL", () => {
  const test = useTestDatabase();
  let eventId: number;

  beforeAll(async () => {
    await recordAudit(test.db, null, request, { action: "test.audit_row", entityType: "test" });
    const [row] = await queryRows<{ id: number }>(test.db, sql`SELECT id FROM audit_events WHERE request_id = ${request.id} ORDER BY id DESC LIMIT 1`);
    eventId = Number(row!.id);
    for (const statement of appRoleStatements()) await test.db.execute(sql.raw(statement));
  });

  const stillThere = async () => (await queryRows<{ action: string }>(test.db, sql`SELECT action FROM audit_events WHERE id = ${eventId}`)).map((row) => row.action);

  it("the trigger refuses UPDATE, DELETE and TRUNCATE to the table's owner", async () => {
    await test.db.transaction(async (tx) => {
      const [owner] = await queryRows<{ tableowner: string; me: string }>(tx, sql`SELECT tableowner, current_user AS me FROM pg_tables WHERE tablename = 'audit_events'`);
      expect(owner?.tableowner).toBe(owner?.me);
      expect(await attempt(tx, sql`UPDATE audit_events SET action = 'edited' WHERE id = ${eventId}`)).toMatch(APPEND_ONLY);
      expect(await attempt(tx, sql`DELETE FROM audit_events WHERE id = ${eventId}`)).toMatch(APPEND_ONLY);
      expect(await attempt(tx, sql`TRUNCATE audit_events`)).toMatch(APPEND_ONLY);
    });
    expect(await stillThere()).toEqual(["test.audit_row"]);
  });

  it("the application role may only add to and read the trail: UPDATE, DELETE and TRUNCATE are refused by privilege", async () => {
    await test.db.transaction(async (tx) => {
      await tx.execute(sql.raw(`SET LOCAL ROLE ${APP_ROLE}`));
      expect(await queryRows(tx, sql`SELECT current_user AS me`)).toEqual([{ me: APP_ROLE }]);

      expect(await attempt(tx, sql`UPDATE audit_events SET action = 'edited' WHERE id = ${eventId}`)).toMatch(PERMISSION_DENIED);
      expect(await attempt(tx, sql`DELETE FROM audit_events WHERE id = ${eventId}`)).toMatch(PERMISSION_DENIED);
      expect(await attempt(tx, sql`TRUNCATE audit_events`)).toMatch(PERMISSION_DENIED);
      // Nor can it take the trigger away: only the owner may alter or drop it.
      expect(await attempt(tx, sql`ALTER TABLE audit_events DISABLE TRIGGER audit_events_append_only_rows`)).toMatch(/^42501: must be owner of table audit_events/);
      expect(await attempt(tx, sql`DROP TRIGGER audit_events_append_only_truncate ON audit_events`)).toMatch(/^42501: must be owner of (table|relation) audit_events/);

      await recordAudit(tx, null, { ...request, id: "app-role-insert" }, { action: "test.as_app_role", entityType: "test" });
      expect(await queryRows(tx, sql`SELECT action FROM audit_events WHERE request_id = 'app-role-insert'`)).toEqual([{ action: "test.as_app_role" }]);
      expect((await queryRows(tx, sql`SELECT action FROM audit_events WHERE id = ${eventId}`)).length).toBe(1);

      // Everything else is ordinary data: read and write, but no TRUNCATE.
      expect(await attempt(tx, sql`UPDATE practices SET name = name WHERE false`)).toBe("ok");
      expect(await attempt(tx, sql`DELETE FROM practices WHERE false`)).toBe("ok");
      expect(await attempt(tx, sql`TRUNCATE practices CASCADE`)).toMatch(/^42501: permission denied for table/);
    });
    expect(await stillThere()).toEqual(["test.audit_row"]);
  });

  it("the application role owns nothing and has no attribute that bypasses its grants", async () => {
    const [role] = await queryRows<Record<string, boolean>>(
      test.db,
      sql`SELECT rolsuper, rolbypassrls, rolcreaterole, rolcreatedb, rolcanlogin FROM pg_roles WHERE rolname = ${APP_ROLE}`,
    );
    expect(role).toEqual({ rolsuper: false, rolbypassrls: false, rolcreaterole: false, rolcreatedb: false, rolcanlogin: false });
    expect(await queryRows(test.db, sql`SELECT tablename FROM pg_tables WHERE tableowner = ${APP_ROLE}`)).toEqual([]);
    const privileges = await queryRows<{ privilege_type: string }>(
      test.db,
      sql`SELECT privilege_type FROM information_schema.role_table_grants WHERE grantee = ${APP_ROLE} AND table_name = 'audit_events' ORDER BY privilege_type`,
    );
    expect(privileges.map((row) => row.privilege_type)).toEqual(["INSERT", "SELECT"]);
  });

  it("running the script again changes nothing, and the app can start as the role on a migrated database", async () => {
    for (const statement of appRoleStatements()) await test.db.execute(sql.raw(statement));
    await test.db.transaction(async (tx) => {
      await tx.execute(sql.raw(`SET LOCAL ROLE ${APP_ROLE}`));
      // What the app does on start: every migration is recorded as applied, so nothing runs.
      const asAppRole: DatabaseHandle = {
        db: tx,
        mode: test.handle.mode,
        withExclusiveConnection: (_key, work) => work(tx),
        close: () => Promise.resolve(),
        jobQueueConnection: test.handle.jobQueueConnection,
      };
      await migrateDatabase(asAppRole);
      // It may read that record, never write it.
      expect(await attempt(tx, sql`INSERT INTO drizzle.__drizzle_migrations (hash, created_at) VALUES ('x', 0)`)).toMatch(/^42501: permission denied/);
      expect(await attempt(tx, sql`CREATE TABLE public.sneaky (id int)`)).toMatch(/^42501: permission denied for schema public/);
    });
  });
});
