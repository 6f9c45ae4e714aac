import { resolve } from "node:path";
import { migrate as migratePostgres } from "drizzle-orm/node-postgres/migrator";
import type { NodePgDatabase } from "drizzle-orm/node-postgres";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import type { PgliteDatabase } from "drizzle-orm/pglite";
import { readMigrationFiles } from "drizzle-orm/migrator";
import { sql } from "drizzle-orm";
import { queryRows, type Database, type DatabaseHandle } from "./client";
import { forgetNamedStatements } from "./named-statements";

export const MIGRATIONS_FOLDER = resolve(process.cwd(), "db/migrations");

/** Arbitrary constant: several app instances starting together migrate one at a time. */
const MIGRATION_LOCK_KEY = 7_311_994;

/** Applies the committed drizzle-kit migrations; the same files in both database modes. */
export async function migrateDatabase(handle: DatabaseHandle, migrationsFolder = MIGRATIONS_FOLDER): Promise<void> {
  await handle.withExclusiveConnection(MIGRATION_LOCK_KEY, async (db) => {
    if (await isUpToDate(db, migrationsFolder)) return;
    if (handle.mode === "postgres") {
      await migratePostgres(db as unknown as NodePgDatabase, { migrationsFolder });
      // Types and tables may have changed under statements the pool prepared before.
      forgetNamedStatements();
    } else {
      await migratePglite(db as unknown as PgliteDatabase, { migrationsFolder });
    }
  });
}

/**
 * Whether every committed migration is already applied, by drizzle's own rule (the
 * newest recorded one is at least as new as the newest file). Then nothing runs, so an
 * app connected as the application role, which may not create schemas or tables
 * (db/roles/app-role.sql), starts on a database its owner has migrated. Any failure
 * (no migrations table yet, no right to read it) means "migrate", which reports its own errors.
 */
async function isUpToDate(db: Database, migrationsFolder: string): Promise<boolean> {
  const newest = Math.max(...readMigrationFiles({ migrationsFolder }).map((migration) => migration.folderMillis));
  try {
    const [last] = await queryRows<{ created_at: string | number }>(db, sql`SELECT created_at FROM drizzle.__drizzle_migrations ORDER BY created_at DESC LIMIT 1`);
    return last !== undefined && Number(last.created_at) >= newest;
  } catch {
    return false;
  }
}
