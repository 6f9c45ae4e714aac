import { execFileSync } from "node:child_process";
import os from "node:os";
import type { Pool } from "pg";

export interface Environment {
  date: string;
  gitSha: string;
  machine: { cpus: number; cpuModel: string; memoryGiB: number; os: string; node: string; postgres: string; loadAverageAtStart: number[] };
  data: Record<string, number>;
}

const COUNTED = ["practices", "users", "couples", "assignments", "tasks", "responses", "response_fields", "response_revisions", "disclosures", "flags", "response_scores", "session_records", "audit_events", "notifications"];

/** What a reader needs to compare a result with their own: the machine, the commit and the data size. */
export async function describeEnvironment(pool: Pool): Promise<Environment> {
  const data: Record<string, number> = {};
  for (const table of COUNTED) {
    const { rows } = await pool.query<{ n: string }>(`SELECT count(*) AS n FROM ${table}`);
    data[table] = Number(rows[0]!.n);
  }
  const { rows } = await pool.query<{ server_version: string }>("SHOW server_version");
  let gitSha = "unknown";
  try {
    gitSha = execFileSync("git", ["rev-parse", "--short", "HEAD"], { encoding: "utf8" }).trim();
  } catch {
    // not a git checkout
  }
  return {
    date: new Date().toISOString(),
    gitSha,
    machine: {
      cpus: os.cpus().length,
      cpuModel: os.cpus()[0]?.model ?? "unknown",
      memoryGiB: Math.round(os.totalmem() / 2 ** 30),
      os: `${os.type()} ${os.release()}`,
      node: process.version,
      postgres: rows[0]!.server_version,
      // Anything else running on the two cores shows up in every number; say so.
      loadAverageAtStart: os.loadavg().map((value) => Number(value.toFixed(2))),
    },
    data,
  };
}
