/**
 * `npm run bench`: drives the production server (next start) on a database filled by
 * `npm run bench:seed` with the endpoints of issue 8, and compares each with its raw-SQL
 * floor. Reports numbers; it asserts nothing about timing. See BENCHMARKS.md.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import pg from "pg";
import { NamingClient } from "@/db/named-statements";
import { runReminderTick } from "@/server/services/reminders/run-reminder-tick";
import { loadActors } from "./actors";
import { signIn, signOutAll } from "./auth";
import { cpuSnapshot } from "./cpu";
import { describeEnvironment } from "./environment";
import { captureStatements, measureFloor, procedureWork, type FloorResult, type Statement } from "./floor";
import { runLoad, type LoadResult } from "./load";
import { readOptions } from "./options";
import { findLargeSeqScans } from "./plans";
import { profileStatements } from "./profile";
import { markdownSummary } from "./report";
import { buildScenarios, type Target } from "./scenarios";
import { startServer } from "./server";

const CAPTURES_PER_ENDPOINT = 10;

async function main() {
  const options = readOptions(process.argv.slice(2));
  // The app's own client class: the floor sends statements as the server does, named (db/named-statements.ts).
  const pool = new pg.Pool({ Client: NamingClient, connectionString: options.databaseUrl, max: 4, application_name: "trellis-bench" });
  try {
    const environment = await describeEnvironment(pool);
    console.log(`data: ${JSON.stringify(environment.data)}`);
    const actors = await loadActors(pool, { partners: options.partners, counselors: 100, openTasks: 2 * (CAPTURES_PER_ENDPOINT + options.submitAmount * (options.connections.length + 1)) });
    const users = new Map([...actors.partners, ...actors.pastTasks.map((past) => past.partner), ...actors.openTasks.map((task) => task.partner), ...actors.counselors].map((user) => [user.id, user]));
    const sessions = await signIn(pool, options.secret, [...users.values()]);
    const today = new Date();
    const selected = (key: string) => options.scenarios === null || options.scenarios.includes(key);

    // Statements per endpoint, captured in-process and rolled back: the floor and the plan check.
    const captures: { scenario: string; statements: Statement[][] }[] = [];
    for (const scenario of buildScenarios(actors, today, { reuseOpenTasks: true }).scenarios.filter((candidate) => selected(candidate.key) && !candidate.page)) {
      const statements: Statement[][] = [];
      for (let index = 0; index < CAPTURES_PER_ENDPOINT; index += 1) {
        const call = scenario.next({});
        statements.push(await captureStatements(pool, procedureWork(call, sessions.get(call.user.id)!.sessionId)));
      }
      captures.push({ scenario: scenario.key, statements });
    }
    // The reminder job at 18:00 in the couples' most common zone, when most reminders fall due.
    if (selected("reminderTick")) captures.push({ scenario: "reminderTick", statements: [await captureStatements(pool, (db) => runReminderTick(db, reminderHour(today)))] });

    if (options.profileOnly) {
      for (const { scenario, statements } of captures) {
        console.log(`\n${scenario}`);
        for (const cost of await profileStatements(pool, statements, scenario === "reminderTick" ? 1 : 5)) {
          console.log(`  #${String(cost.position).padEnd(3)} ${cost.p50Ms.toFixed(3).padStart(8)} ms ${String(cost.rows).padStart(5)} rows  ${cost.sql}`);
        }
      }
      return;
    }

    const seqScans = await findLargeSeqScans(pool, captures.flatMap(({ scenario, statements }) => statements.map((each) => ({ scenario, statements: each }))));
    for (const scan of seqScans) console.log(`SEQUENTIAL SCAN of ${scan.table} (${scan.rows} rows) in ${scan.scenario}, ${scan.plan} plan: ${scan.statement}`);
    console.log(seqScans.length === 0 ? "query plans: no sequential scan of a table over 10,000 rows" : `query plans: ${seqScans.length} large sequential scans`);
    if (options.plansOnly) {
      process.exitCode = seqScans.length === 0 ? 0 : 1;
      return;
    }

    const floors = new Map<string, FloorResult>();
    for (const { scenario, statements } of captures) {
      // The reminder job is one long transaction at 3,000 couples: one timed replay is enough.
      const floor = await measureFloor(pool, statements, scenario === "reminderTick" ? 1 : 5);
      floors.set(scenario, floor);
      console.log(`floor     ${scenario.padEnd(12)} ${floor.roundTrips} statements  p50 ${floor.p50Ms} ms  p95 ${floor.p95Ms} ms`);
    }

    const server = await startServer({
      port: options.port,
      databaseUrl: options.databaseUrl,
      secret: options.secret,
      poolMax: options.poolMax,
      cpuProfileDir: options.serverCpuProfileDir,
    });
    const idleRssMiB = Math.round(server.rssMiB());
    const results: { key: string; label: string; target?: Target; floor?: FloorResult; runs: LoadResult[] }[] = [];
    try {
      const { scenarios } = buildScenarios(actors, today);
      for (const scenario of scenarios.filter((candidate) => selected(candidate.key))) {
        const load = (connections: number, warmup = false) =>
          runLoad({
            url: server.url,
            scenario,
            cookies: sessions,
            connections,
            ...(scenario.consumes ? { amount: warmup ? Math.min(50, options.submitAmount) : options.submitAmount } : { durationS: warmup ? Math.min(3, options.durationS) : options.durationS }),
            sampleRss: () => server.rssMiB(),
            sampleCpu: () => cpuSnapshot(() => server.pids()),
          });
        await load(4, true); // JIT, route modules and connection pool warm before anything is recorded
        const runs: LoadResult[] = [];
        for (const connections of options.connections) {
          const run = await load(connections);
          runs.push(run);
          console.log(`${scenario.key.padEnd(9)} c=${String(connections).padEnd(3)} ${String(run.rps).padStart(7)} req/s  p50 ${run.p50Ms} ms  p95 ${run.p95Ms} ms  p99 ${run.p99Ms} ms  cpu/req ${run.cpuMsPerRequest.server}+${run.cpuMsPerRequest.postgres} ms  errors ${run.errors}${run.errorSamples.length ? ` (${run.errorSamples.join("; ")})` : ""}  rss ${run.peakRssMiB} MiB`);
        }
        results.push({ key: scenario.key, label: scenario.label, ...(scenario.target ? { target: scenario.target } : {}), ...(floors.get(scenario.key) ? { floor: floors.get(scenario.key)! } : {}), runs });
      }
    } finally {
      await server.stop();
    }
    const tick = floors.get("reminderTick");
    const report = { ...environment, idleRssMiB, seqScans, reminderTick: tick, endpoints: results };
    console.log(`\n${markdownSummary(report)}`);
    const out = options.out ?? `bench/results/${environment.date.slice(0, 10)}-${environment.data.couples}-couples.json`;
    if (out !== "-") {
      mkdirSync(dirname(out), { recursive: true });
      writeFileSync(out, `${JSON.stringify(report, null, 2)}\n`);
      console.log(`results written to ${out}`);
    }
  } finally {
    await signOutAll(pool);
    await pool.end();
  }
}

/** 18:00 in America/Chicago on `day` (UTC−6 or −5; the job reads each person's own zone anyway). */
function reminderHour(day: Date): Date {
  const at = new Date(day);
  at.setUTCHours(23, 30, 0, 0);
  return at;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
