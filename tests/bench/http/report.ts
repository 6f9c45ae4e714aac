import type { Environment } from "./environment";
import type { FloorResult } from "./floor";
import type { LoadResult } from "./load";
import type { SeqScan } from "./plans";
import type { Target } from "./scenarios";

export interface BenchReport extends Environment {
  idleRssMiB: number;
  seqScans: SeqScan[];
  reminderTick?: FloorResult;
  endpoints: { key: string; label: string; target?: Target; floor?: FloorResult; runs: LoadResult[] }[];
}

const TARGET_CONNECTIONS = 16;
const FLOOR_RATIO_LIMIT = 2.5;

function verdict(endpoint: BenchReport["endpoints"][number], run: LoadResult): string {
  if (run.connections !== TARGET_CONNECTIONS || !endpoint.target) return "";
  const misses: string[] = [];
  if (run.p95Ms > endpoint.target.p95Ms) misses.push(`p95 > ${endpoint.target.p95Ms} ms`);
  if (endpoint.target.minRps !== undefined && run.rps < endpoint.target.minRps) misses.push(`< ${endpoint.target.minRps} req/s`);
  if (run.errors > 0) misses.push("errors");
  return misses.length === 0 ? `met (p95 ≤ ${endpoint.target.p95Ms} ms${endpoint.target.minRps ? `, ≥ ${endpoint.target.minRps} req/s` : ""})` : `**missed**: ${misses.join(", ")}`;
}

/** The table BENCHMARKS.md shows, made from one results file. */
export function markdownSummary(report: BenchReport): string {
  const lines = [
    `${report.data.couples} couples, ${report.data.tasks} tasks, ${report.data.responses} responses · ${report.machine.cpus} × ${report.machine.cpuModel}, PostgreSQL ${report.machine.postgres}, Node ${report.machine.node} · load ${report.machine.loadAverageAtStart.join(" ")} at start · ${report.gitSha} · ${report.date.slice(0, 10)}`,
    "",
    "| endpoint | conc. | req/s | p50 ms | p95 ms | p99 ms | errors | CPU ms/req (Node + PG) | peak RSS MiB | target at 16 |",
    "|---|--:|--:|--:|--:|--:|--:|--:|--:|---|",
  ];
  for (const endpoint of report.endpoints) {
    for (const run of endpoint.runs) {
      lines.push(`| ${endpoint.label} | ${run.connections} | ${run.rps} | ${run.p50Ms} | ${run.p95Ms} | ${run.p99Ms} | ${run.errors} | ${run.cpuMsPerRequest.server} + ${run.cpuMsPerRequest.postgres} | ${run.peakRssMiB} | ${verdict(endpoint, run)} |`);
    }
  }
  lines.push("", "| endpoint | SQL round trips | raw-SQL floor p50 ms | endpoint p50 ms at 1 | ratio (≤ 2.5) |", "|---|--:|--:|--:|--:|");
  for (const endpoint of report.endpoints) {
    const single = endpoint.runs.find((run) => run.connections === 1);
    if (!endpoint.floor || !single) continue;
    const ratio = single.p50Ms / endpoint.floor.p50Ms;
    lines.push(`| ${endpoint.label} | ${endpoint.floor.roundTrips} | ${endpoint.floor.p50Ms} | ${single.p50Ms} | ${ratio.toFixed(2)}${ratio > FLOOR_RATIO_LIMIT ? " **over**" : ""} |`);
  }
  if (report.reminderTick) lines.push("", `Reminder tick (every 5 min, at the busiest hour): ${report.reminderTick.roundTrips} statements, ${report.reminderTick.p50Ms} ms of SQL.`);
  lines.push("", `Server RSS: ${report.idleRssMiB} MiB idle after start, ${Math.max(...report.endpoints.flatMap((endpoint) => endpoint.runs.map((run) => run.peakRssMiB)))} MiB peak under load.`);
  lines.push(report.seqScans.length === 0 ? "Query plans: no sequential scan of a table over 10,000 rows." : `Query plans: ${report.seqScans.length} sequential scans of large tables (see the JSON).`);
  return lines.join("\n");
}
