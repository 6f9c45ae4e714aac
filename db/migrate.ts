import { resolve } from "node:path";
import { migrate as migratePostgres } from "drizzle-orm/node-postgres/migrator";
import type { NodePgDatabase } from "drizzle-orm/node-postgres";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import type { PgliteDatabase } from "drizzle-orm/pglite";
import type { DatabaseHandle } from "./client";

export const MIGRATIONS_FOLDER = resolve(process.cwd(), "db/migrations");

/** Arbitrary constant: several app instances starting together migrate one at a time. */
const MIGRATION_LOCK_KEY = 7_311_994;

/** Applies the committed drizzle-kit migrations; the same files in both database modes. */
export async function migrateDatabase(handle: DatabaseHandle, migrationsFolder = MIGRATIONS_FOLDER): Promise<void> {
  await handle.withExclusiveConnection(MIGRATION_LOCK_KEY, async (db) => {
    if (handle.mode === "postgres") {
      await migratePostgres(db as unknown as NodePgDatabase, { migrationsFolder });
    } else {
      await migratePglite(db as unknown as PgliteDatabase, { migrationsFolder });
    }
  });
}
