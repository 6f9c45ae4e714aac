import { DataFolderLockedError } from "@/db/lock";
import { prepareTimingDecoy } from "./auth/password";
import { getDatabaseHandle, STARTUP_LOCK_KEY } from "./db";
import { env } from "./env.js";
import { startJobs } from "./jobs/boss";
import { jobHandlers } from "./jobs/handlers";
import { mailMode } from "./mail/transport";
import { logger } from "./logger";
import { seedDemoIfEmpty } from "./services/demo/seed-demo";
import { syncBuiltinLibrary } from "./services/library/sync-builtins";
import { backfillScores } from "./services/tasks/backfill-scores";

/**
 * Runs once per server process before it accepts requests (see instrumentation.ts):
 * claim and migrate the database, bring the built-in exercise library up to date, then
 * give a fresh embedded database its demo data.
 */
export async function boot(): Promise<void> {
  try {
    const handle = await getDatabaseHandle();
    const seedAllowed = env.SEED_DEMO_DATA === "true" || (env.SEED_DEMO_DATA === "auto" && handle.mode === "pglite");
    // Instances starting together take turns, so only one of them upgrades the library or seeds.
    await handle.withExclusiveConnection(STARTUP_LOCK_KEY, async (db) => {
      const library = await syncBuiltinLibrary(db);
      if (library.added + library.upgraded > 0) logger.info(library, "built-in exercise library updated");
      if (seedAllowed && (await seedDemoIfEmpty(db))) logger.info("empty database: demo practice seeded");
      const scored = await backfillScores(db);
      if (scored > 0) logger.info({ responses: scored }, "stored scores for earlier answers");
    });
    await prepareTimingDecoy();
    if (env.JOBS === "on") await startJobs(handle, jobHandlers(handle.db));
    if (mailMode() === "outbox") {
      logger.warn({ outbox: env.OUTBOX_DIR }, "no SMTP_URL: emails are written to the local outbox (/dev/outbox), not sent");
    }
  } catch (error) {
    if (error instanceof DataFolderLockedError) {
      // Refuse to start at all rather than serve pages that cannot reach their data.
      console.error(`\n${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }
}
