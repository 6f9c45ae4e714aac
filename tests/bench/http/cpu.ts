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
export function cpuSnapshot(serverPids: () => number[]): { serverMs: number; postgresMs: number } {
  let postgres = 0;
  for (const entry of readdirSync("/proc")) {
    if (/^\d+$/.test(entry) && commandOf(entry) === "postgres") postgres += ticksOf(entry);
  }
  const server = serverPids().reduce((sum, pid) => sum + ticksOf(String(pid)), 0);
  return { serverMs: server * TICK_MS, postgresMs: postgres * TICK_MS };
}
