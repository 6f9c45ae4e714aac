import { parseArgs } from "node:util";

export interface SeedOptions {
  couples: number;
  counselors: number;
  /** Days of history before today; each couple started that many days ago. */
  days: number;
  seed: number;
  /** Drop and recreate the schemas when the database already holds practices. */
  reset: boolean;
  /** The moment the history leads up to; the present unless a run must be repeatable to the minute. */
  now: Date;
}

export const USAGE = `Usage: npm run bench:seed -- --couples 3000 --counselors 100 --days 180 [--seed 42] [--reset] [--now 2026-03-01T12:00:00Z]

Fills the PostgreSQL database at DATABASE_URL with a deterministic benchmark practice.
It refuses a database that already holds practices unless --reset is given, which drops
and recreates the public, drizzle and pgboss schemas first.`;

function positiveInt(name: string, raw: string | undefined, fallback?: number): number {
  if (raw === undefined) {
    if (fallback !== undefined) return fallback;
    throw new Error(`--${name} is required`);
  }
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1) throw new Error(`--${name} must be a whole number of at least 1 (got ${raw})`);
  return value;
}

export function parseSeedOptions(argv: string[]): SeedOptions {
  const { values } = parseArgs({
    args: argv,
    options: {
      couples: { type: "string" },
      counselors: { type: "string" },
      days: { type: "string" },
      seed: { type: "string" },
      reset: { type: "boolean", default: false },
      now: { type: "string" },
      help: { type: "boolean", default: false },
    },
    strict: true,
  });
  if (values.help) throw new Error(USAGE);
  const options = {
    couples: positiveInt("couples", values.couples),
    counselors: positiveInt("counselors", values.counselors),
    days: positiveInt("days", values.days),
    seed: positiveInt("seed", values.seed, 42),
    reset: values.reset,
    now: values.now ? new Date(values.now) : new Date(),
  };
  if (Number.isNaN(options.now.getTime())) throw new Error(`--now must be an ISO date-time (got ${values.now})`);
  return validateSeedOptions(options);
}

export function validateSeedOptions(options: SeedOptions): SeedOptions {
  if (options.counselors > options.couples) throw new Error("--counselors can't exceed --couples: every counselor gets at least one couple");
  // The schedule arithmetic (occurrences.ts) refuses spans over ten years.
  if (options.days > 3000) throw new Error("--days is at most 3000");
  return options;
}
