import { parseArgs } from "node:util";

export interface BenchOptions {
  databaseUrl: string;
  port: number;
  durationS: number;
  connections: number[];
  scenarios: string[] | null;
  /** Requests per concurrency level for scenarios that use up an open task each (submit). */
  submitAmount: number;
  partners: number;
  out: string | null;
  plansOnly: boolean;
  /** Only the per-statement cost of each endpoint's floor. */
  profileOnly: boolean;
  /** The server's PostgreSQL pool (DATABASE_POOL_MAX). */
  poolMax: number;
  /** A folder for the server's V8 CPU profile (node --cpu-prof), or null. */
  serverCpuProfileDir: string | null;
  secret: string;
}

const HELP = `npm run bench -- [options]   (needs DATABASE_URL and a production build: npm run build)
  --duration <s>        seconds of load per endpoint and concurrency (default 10)
  --connections <list>  concurrency levels (default 1,16,64)
  --scenarios <list>    today,openTask,autosave,submit,caseload,prep,assign,unread,
                        reminderTick (its floor only) (default all)
  --submit <n>          submits per concurrency level (default 400)
  --partners <n>        partners drawn as users (default 400)
  --port <n>            port for next start (default 3900)
  --pool <n>            the server's database pool, DATABASE_POOL_MAX (default 10, the app's default)
  --out <file>          results JSON (default bench/results/<date>-<couples>-couples.json; "-" for none)
  --plans-only          only the query-plan check; exits 1 on a large sequential scan
  --profile             only where each endpoint's raw-SQL floor goes, statement by statement
  --cpu-prof <dir>      write the server's V8 CPU profile there (node --cpu-prof) when it stops`;

export function readOptions(argv: string[]): BenchOptions {
  const { values } = parseArgs({
    args: argv,
    options: {
      duration: { type: "string", default: "10" },
      connections: { type: "string", default: "1,16,64" },
      scenarios: { type: "string" },
      submit: { type: "string", default: "400" },
      partners: { type: "string", default: "400" },
      port: { type: "string", default: "3900" },
      pool: { type: "string", default: "10" },
      out: { type: "string" },
      "plans-only": { type: "boolean", default: false },
      profile: { type: "boolean", default: false },
      "cpu-prof": { type: "string" },
      help: { type: "boolean", default: false },
    },
  });
  if (values.help) {
    console.log(HELP);
    process.exit(0);
  }
  const databaseUrl = process.env.DATABASE_URL;
  if (!databaseUrl) throw new Error(`DATABASE_URL must point at a database filled by npm run bench:seed.\n${HELP}`);
  const positive = (name: string, raw: string) => {
    const value = Number(raw);
    if (!Number.isFinite(value) || value <= 0) throw new Error(`--${name} must be a positive number, got ${raw}`);
    return value;
  };
  return {
    databaseUrl,
    port: positive("port", values.port),
    durationS: positive("duration", values.duration),
    connections: values.connections.split(",").map((raw) => positive("connections", raw)),
    scenarios: values.scenarios ? values.scenarios.split(",") : null,
    submitAmount: positive("submit", values.submit),
    partners: positive("partners", values.partners),
    out: values.out ?? null,
    plansOnly: values["plans-only"],
    profileOnly: values.profile,
    poolMax: positive("pool", values.pool),
    serverCpuProfileDir: values["cpu-prof"] ?? null,
    // The server and the harness must agree on it; it signs only this run's sessions.
    secret: process.env.NEXTAUTH_SECRET ?? "trellis-bench-only-secret-0123456789abcdef",
  };
}
