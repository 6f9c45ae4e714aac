/**
 * Benchmark: how long the caseload and a couple's prep view take for a full caseload.
 * Reports numbers; it does not pass or fail. Run with `npm run bench:prep`
 * (options: COUPLES=45 DAYS=42; BENCH_DATABASE_URL=postgres://… to measure PostgreSQL
 * instead of the embedded database; the database must be empty and is left filled).
 */
import type { Logger } from "drizzle-orm";
import { openPglite, openPostgres } from "@/db/client";
import { migrateDatabase } from "@/db/migrate";
import { todayIn } from "@/db/schema/_shared/calendar";
import { addDays } from "@/db/schema/_shared/calendar";
import { callerAs } from "../support/callers";
import { percentile } from "./http/load";
import { createCouple, createPractice, createUser } from "../support/factories";
import { buildCloseness, holdSession, type DayPlan } from "../support/prep-fixtures";

const couples = Number(process.env.COUPLES ?? 45);
const days = Number(process.env.DAYS ?? 42);
const runs = 20;
const timeZone = "America/Chicago";

class CountingLogger implements Logger {
  count = 0;
  logQuery() {
    this.count += 1;
  }
}

async function time(label: string, logger: CountingLogger, run: () => Promise<unknown>) {
  await run();
  const samples: number[] = [];
  logger.count = 0;
  for (let index = 0; index < runs; index += 1) {
    const start = performance.now();
    await run();
    samples.push(performance.now() - start);
  }
  samples.sort((a, b) => a - b);
  const queries = logger.count / runs;
  console.log(`${label.padEnd(34)} p50 ${percentile(samples, 0.5).toFixed(1)} ms  p95 ${percentile(samples, 0.95).toFixed(1)} ms  max ${samples.at(-1)!.toFixed(1)} ms  (${queries} statements per call)`);
}

async function main() {
  const logger = new CountingLogger();
  const url = process.env.BENCH_DATABASE_URL;
  const handle = url ? openPostgres({ url, poolMax: 10, statementTimeoutMs: 60_000, onPoolError: () => {}, logger }) : await openPglite({ logger });
  await migrateDatabase(handle);
  const db = handle.db;
  const practice = await createPractice(db);
  const counselor = await createUser(db, { practiceId: practice.id, role: "counselor" });
  const today = todayIn(timeZone);
  const started = performance.now();
  let lastCoupleId = "";
  for (let index = 0; index < couples; index += 1) {
    const couple = await createCouple(db, { counselor, timeZone });
    const [hp, ip] = couple.partners;
    const plan = (offset: number): DayPlan[] => Array.from({ length: days }, (_, day) => (day === days - 1 ? "open" : day % 9 === 4 ? "missed" : (((day + offset) % 11) as DayPlan)));
    await buildCloseness(db, { counselor, coupleId: couple.couple.id, timeZone, today, hp, ip, fromDay: 1 - days, plan: { hp: plan(index), ip: plan(index + 5) } });
    for (let week = Math.floor(days / 7); week > 0; week -= 1) {
      await holdSession(db, { coupleId: couple.couple.id, counselorId: counselor.id, date: addDays(today, -7 * week), timeZone });
    }
    await holdSession(db, { coupleId: couple.couple.id, counselorId: counselor.id, date: addDays(today, 1 + (index % 7)), timeZone, status: "scheduled" });
    lastCoupleId = couple.couple.id;
  }
  console.log(`${handle.mode}: ${couples} couples × ${days} days × 2 partners built in ${((performance.now() - started) / 1000).toFixed(0)} s`);
  const caller = callerAs(db, counselor);
  await time(`prep.caseload (${couples} couples)`, logger, () => caller.prep.caseload());
  await time(`prep.couple (${days}-day history)`, logger, () => caller.prep.couple({ coupleId: lastCoupleId }));
  await handle.close();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
