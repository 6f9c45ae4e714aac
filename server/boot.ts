import { DataFolderLockedError } from "@/db/lock";
import { getDatabaseHandle } from "./db";
import { env } from "./env.js";
import { logger } from "./logger";
import { seedDemoIfEmpty } from "./services/demo/seed-demo";

/**
 * Runs once per server process before it accepts requests (see instrumentation.ts):
 * claim and migrate the database, then give a fresh embedded database its demo data.
 */
export async function boot(): Promise<void> {
  try {
    const handle = await getDatabaseHandle();
    const seedAllowed = env.SEED_DEMO_DATA === "true" || (env.SEED_DEMO_DATA === "auto" && handle.mode === "pglite");
    if (seedAllowed && (await seedDemoIfEmpty(handle.db))) logger.info("empty database: demo practice seeded");
  } catch (error) {
    if (error instanceof DataFolderLockedError) {
      // Refuse to start at all rather than serve pages that cannot reach their data.
      console.error(`\n${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }
}
