import PgBoss from "pg-boss";
import type { DatabaseHandle } from "@/db/client";
import { logger } from "../logger";
import { QUEUES, SCHEDULES } from "./queues";

export type JobHandlers = Record<string, () => Promise<unknown>>;

// Kept on globalThis for the same reason as the database handle (server/db.ts).
const registry = globalThis as typeof globalThis & { __trellisJobs?: PgBoss };

/**
 * Starts pg-boss on the application's database and registers the workers. pg-boss keeps
 * its jobs in its own `pgboss` schema, claims them with SKIP LOCKED and elects one
 * scheduler per minute across instances, so any number of app instances can run this.
 */
export async function startJobs(handle: DatabaseHandle, handlers: JobHandlers, options: { retryDelaySeconds?: number } = {}): Promise<PgBoss> {
  if (registry.__trellisJobs) return registry.__trellisJobs;
  const connection = handle.jobQueueConnection;
  const boss = new PgBoss({
    ...("connectionString" in connection ? { connectionString: connection.connectionString, max: 3 } : { db: connection }),
    schema: "pgboss",
    application_name: "trellis-jobs",
  });
  // pg-boss reports its own failures (a lost connection, a failed maintenance run) here.
  boss.on("error", (error) => logger.error({ err: { name: error.name, message: error.message } }, "job queue error"));
  await boss.start();
  for (const name of Object.values(QUEUES)) {
    await boss.createQueue(name, { name, policy: "standard", retryLimit: 5, retryDelay: options.retryDelaySeconds ?? 30, retryBackoff: options.retryDelaySeconds === undefined, expireInSeconds: 300 });
  }
  for (const { queue, cron } of SCHEDULES) await boss.schedule(queue, cron, {}, { tz: "UTC" });
  for (const [name, handler] of Object.entries(handlers)) {
    // Handlers read what to do from the database, not from the job, so a job is only a
    // wake-up call: a retried or duplicated one finds the work already done.
    await boss.work(name, { pollingIntervalSeconds: 1, batchSize: 1 }, async () => {
      await handler();
    });
  }
  registry.__trellisJobs = boss;
  logger.info({ queues: Object.keys(handlers) }, "background jobs running");
  return boss;
}

export async function stopJobs(): Promise<void> {
  const boss = registry.__trellisJobs;
  registry.__trellisJobs = undefined;
  await boss?.stop({ graceful: true, wait: true });
}

/**
 * Asks for queued mail to go out now rather than at the next minute. Best effort: if the
 * queue is unavailable the scheduled flush still sends it.
 */
export function requestMailFlush(): void {
  const boss = registry.__trellisJobs;
  if (!boss) return;
  boss.send(QUEUES.mailFlush, {}, { singletonKey: "flush", singletonSeconds: 1 }).catch((error: unknown) => {
    logger.warn({ err: { name: error instanceof Error ? error.name : "unknown" } }, "could not nudge the mail job");
  });
}
