import { DataFolderLockedError } from "@/db/lock";
import { prepareTimingDecoy } from "./auth/password";
import { getDatabaseHandle } from "./db";
import { env } from "./env.js";
import { logger } from "./logger";
import { seedDemoIfEmpty } from "./services/demo/seed-demo";

/** Arbitrary constant, distinct from the migration lock. */
const SEED_LOCK_KEY = 7_311_995;

/**
 * Runs once per server process before it accepts requests (see instrumentation.ts):
 * claim and migrate the database, then give a fresh embedded database its demo data.
 */
export async function boot(): Promise<void> {
  try {
    const handle = await getDatabaseHandle();
    const seedAllowed = env.SEED_DEMO_DATA === "true" || (env.SEED_DEMO_DATA === "auto" && handle.mode === "pglite");
    // Instances starting together take turns, so only one of them seeds.
    if (seedAllowed && (await handle.withExclusiveConnection(SEED_LOCK_KEY, (db) => seedDemoIfEmpty(db)))) {
      logger.info("empty database: demo practice seeded");
    }
    await prepareTimingDecoy();
  } catch (error) {
    if (error instanceof DataFolderLockedError) {
      // Refuse to start at all rather than serve pages that cannot reach their data.
      console.error(`\n${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }
}
