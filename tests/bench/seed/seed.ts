import type { DatabaseHandle } from "@/db/client";
import { migrateDatabase } from "@/db/migrate";
import { buildVariants, loadVariants } from "./answers";
import { insertAssignments } from "./assignments";
import { Expansion } from "./expand";
import { insertHistory, insertSessions } from "./history";
import { installLibrary, markVersionsUsed, type LibraryVersion } from "./library";
import type { SeedOptions } from "./options";
import { insertPeople } from "./people";
import { buildPlan, type SeedPlan } from "./plan";
import { insertResponses, insertSharing } from "./responses";
import { Progress, queryAll, run } from "./sql";
import { expandParts, insertTasks } from "./tasks";

/** Held for the whole run, so two generators never fill one database at once. */
const SEED_LOCK_KEY = 7_311_995;

const TEMP_TABLES = [
  "bench_variant",
  "bench_variant_field",
  "bench_variant_score",
  "bench_variant_flag",
  "bench_bucket",
  "bench_couple",
  "bench_member",
  "bench_assignment",
  "bench_assignee",
  "bench_deadline",
  "bench_part",
  "bench_staff",
  "bench_person",
  "bench_login",
];

export interface SeedResult {
  plan: SeedPlan;
  library: LibraryVersion[];
  phases: Progress["phases"];
  counts: Record<string, number>;
  seconds: number;
}

export class RefusedToSeedError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "RefusedToSeedError";
  }
}

/** Practices already in the database (0 when it has no schema yet). */
export async function countPractices(handle: DatabaseHandle): Promise<number> {
  const [exists] = await queryAll<{ present: boolean }>(handle.db, "SELECT to_regclass('public.practices') IS NOT NULL AS present");
  if (!exists?.present) return 0;
  const [row] = await queryAll<{ n: number }>(handle.db, "SELECT count(*)::int AS n FROM practices");
  return row?.n ?? 0;
}

/**
 * Drops everything Trellis keeps in this database (its tables, the migration record and
 * the job queue) and recreates an empty public schema. The audit trail refuses deletes
 * and truncation by design, so starting over means dropping the schema.
 */
export async function resetDatabase(handle: DatabaseHandle): Promise<void> {
  await run(handle.db, "DROP SCHEMA IF EXISTS pgboss CASCADE", "DROP SCHEMA IF EXISTS drizzle CASCADE", "DROP SCHEMA IF EXISTS public CASCADE", "CREATE SCHEMA public");
}

/** Row counts of every table in the public schema, exact. */
export async function countRows(handle: DatabaseHandle): Promise<Record<string, number>> {
  const tables = await queryAll<{ name: string }>(handle.db, "SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename");
  const counts: Record<string, number> = {};
  for (const { name } of tables) {
    const [row] = await queryAll<{ n: number }>(handle.db, `SELECT count(*)::int AS n FROM "${name}"`);
    counts[name] = row?.n ?? 0;
  }
  return counts;
}

/**
 * Fills a database with the benchmark world: migrations and the built-in library as the
 * app installs them, people and the JS plan, then the set-based expansion of tasks,
 * answers and history, then ANALYZE. Refuses a database that already holds practices.
 */
export async function seedBenchmark(handle: DatabaseHandle, options: SeedOptions, print: (line: string) => void = () => {}): Promise<SeedResult> {
  const progress = new Progress(print);
  await migrateDatabase(handle);
  if ((await countPractices(handle)) > 0) throw new RefusedToSeedError("This database already holds practices; the benchmark generator only fills an empty one (use --reset to start over).");
  const result = await handle.withExclusiveConnection(SEED_LOCK_KEY, async (db) => {
    if (handle.mode === "postgres") {
      // Session settings only, undone below. Losing the last commits in a crash costs nothing
      // here; and JIT compiling these wide expressions costs far more (tens of seconds) than it saves.
      await run(db, "SET synchronous_commit = off", "SET work_mem = '256MB'", "SET temp_buffers = '1GB'", "SET jit = off");
    }
    try {
      const library = await installLibrary(db);
      progress.note(`library: ${library.length} built-in templates`);
      const plan = buildPlan(options, library);
      const variants = buildVariants(library, { seed: options.seed, anchor: plan.anchor, days: options.days });
      await progress.step("plan: answer variants (temp)", () => loadVariants(db, variants));
      await insertPeople(db, plan, options.seed, progress);
      await insertAssignments(db, plan, variants.levels, progress);
      await progress.step("template versions frozen", () => markVersionsUsed(db));
      const expansion = new Expansion(options.seed, options.now, options.days);
      await expandParts(db, expansion, progress);
      await insertTasks(db, expansion, progress);
      await insertResponses(db, expansion, progress);
      await insertSharing(db, expansion, progress);
      await insertSessions(db, plan, progress);
      await insertHistory(db, plan, expansion, progress);
      await progress.step("ANALYZE", async () => {
        await run(db, "ANALYZE");
        return 0;
      });
      return { plan, library };
    } finally {
      await run(db, ...TEMP_TABLES.map((table) => `DROP TABLE IF EXISTS ${table}`));
      if (handle.mode === "postgres") await run(db, "RESET synchronous_commit", "RESET work_mem", "RESET jit");
    }
  });
  const counts = await countRows(handle);
  return { ...result, phases: progress.phases, counts, seconds: progress.elapsed() };
}
