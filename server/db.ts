import { openPglite, openPostgres, type Database, type DatabaseHandle } from "@/db/client";
import { migrateDatabase } from "@/db/migrate";
import { env } from "./env.js";
import { logger } from "./logger";

// One handle per process, kept on globalThis because Next bundles instrumentation and
// route modules separately; a module-level variable would open the database twice.
const registry = globalThis as typeof globalThis & { __trellisDatabase?: Promise<DatabaseHandle> };

/** The process-wide database: PostgreSQL when DATABASE_URL is set, embedded PGlite otherwise. */
export function getDatabaseHandle(): Promise<DatabaseHandle> {
  if (env.NEXT_PHASE === "phase-production-build") {
    // A build must never claim (or migrate) the database a running server is using.
    return Promise.reject(new Error("The database is not available while building; this page must render dynamically."));
  }
  registry.__trellisDatabase ??= openConfiguredDatabase().catch((error: unknown) => {
    registry.__trellisDatabase = undefined;
    throw error;
  });
  return registry.__trellisDatabase;
}

export async function getDatabase(): Promise<Database> {
  return (await getDatabaseHandle()).db;
}

async function openConfiguredDatabase(): Promise<DatabaseHandle> {
  const handle = env.DATABASE_URL
    ? openPostgres({
        url: env.DATABASE_URL,
        poolMax: env.DATABASE_POOL_MAX,
        statementTimeoutMs: env.DATABASE_STATEMENT_TIMEOUT_MS,
        onPoolError: (error) => logger.error({ err: { name: error.name, code: errorCode(error) } }, "idle database client failed"),
      })
    : await openPglite({ dataDir: env.PGLITE_DIR });
  try {
    await migrateDatabase(handle);
  } catch (error) {
    await handle.close();
    throw error;
  }
  logger.info({ mode: handle.mode }, "database ready");
  return handle;
}

function errorCode(error: Error): string | undefined {
  return "code" in error && typeof error.code === "string" ? error.code : undefined;
}

/** Advisory lock for start-up work (library upgrade, demo seed), so instances starting together take turns. */
export const STARTUP_LOCK_KEY = 7_311_995;
