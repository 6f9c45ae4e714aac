import { readFileSync, readdirSync } from "node:fs";

const TICK_MS = 10; // CLK_TCK is 100 on Linux

function ticksOf(pid: string): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    // utime, stime (fields 14 and 15 of stat; 12 and 13 after the command name).
    return Number(fields[11]) + Number(fields[12]);
  } catch {
    return 0;
  }
}

function commandOf(pid: string): string {
  try {
    return readFileSync(`/proc/${pid}/comm`, "utf8").trim();
  } catch {
    return "";
  }
}

/**
 * CPU time spent so far by the server's process tree and by every PostgreSQL process on
 * this host, in milliseconds. The difference over a run, divided by its requests, is
 * the cost of one request on each side: with two cores shared by both, it bounds the
 * throughput, and so the latency at a given concurrency (Little's law).
 */
export interface CpuSnapshot {
  server: Map<string, number>;
  postgres: Map<string, number>;
}

export function cpuSnapshot(serverPids: () => number[]): CpuSnapshot {
  const postgres = new Map<string, number>();
  for (const entry of readdirSync("/proc")) {
    if (/^\d+$/.test(entry) && commandOf(entry) === "postgres") postgres.set(entry, ticksOf(entry));
  }
  return { server: new Map(serverPids().map((pid) => [String(pid), ticksOf(String(pid))])), postgres };
}

/**
 * Milliseconds of CPU between two snapshots, per side. A process that started in between
 * counts whole; one that exited in between is lost (a backend that ends mid-run takes its
 * ticks with it), so the figures are, if anything, low.
 */
export function cpuBetween(before: CpuSnapshot, after: CpuSnapshot): { serverMs: number; postgresMs: number } {
  const spent = (a: Map<string, number>, b: Map<string, number>) => [...b].reduce((sum, [pid, ticks]) => sum + ticks - (a.get(pid) ?? 0), 0) * TICK_MS;
  return { serverMs: spent(before.server, after.server), postgresMs: spent(before.postgres, after.postgres) };
}
