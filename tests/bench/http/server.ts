import { spawn, type ChildProcess } from "node:child_process";
import { readFileSync, readdirSync } from "node:fs";

export interface RunningServer {
  url: string;
  /** Resident memory of the server's whole process tree, in MiB. */
  rssMiB(): number;
  /** The pids of the server's process tree. */
  pids(): number[];
  stop(): Promise<void>;
}

/**
 * Starts the production build (`next start`) on the benchmark database. Background jobs
 * are off so the five-minute reminder tick can't land inside a measurement; the tick's
 * own queries are measured separately (reminder-tick.ts).
 */
export async function startServer(options: { port: number; databaseUrl: string; secret: string; poolMax: number; cpuProfileDir?: string | null }): Promise<RunningServer> {
  const url = `http://127.0.0.1:${options.port}`;
  // Node refuses --cpu-prof in NODE_OPTIONS, so it goes on the command line.
  const profiling = options.cpuProfileDir ? ["--cpu-prof", `--cpu-prof-dir=${options.cpuProfileDir}`] : [];
  const child = spawn(process.execPath, [...profiling, "node_modules/next/dist/bin/next", "start", "-p", String(options.port), "-H", "127.0.0.1"], {
    env: {
      ...process.env,
      NODE_ENV: "production",
      DATABASE_URL: options.databaseUrl,
      DATABASE_POOL_MAX: String(options.poolMax),
      NEXTAUTH_SECRET: options.secret,
      NEXTAUTH_URL: url,
      JOBS: "off",
      LOG_LEVEL: "warn",
      SEED_DEMO_DATA: "false",
    },
    stdio: ["ignore", "inherit", "inherit"],
  });
  await waitForHealth(url, child);
  return {
    url,
    rssMiB: () => treeRssMiB(child.pid!),
    pids: () => treePids(child.pid!),
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once("exit", () => resolve());
        child.kill("SIGTERM");
      }),
  };
}

async function waitForHealth(url: string, child: ChildProcess) {
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`next start exited with code ${child.exitCode}; run \`npm run build\` first`);
    try {
      const response = await fetch(`${url}/api/health`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error("next start did not answer /api/health within 2 minutes");
}

function childrenOf(pid: number): number[] {
  const found: number[] = [];
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      // The command name may hold spaces and parentheses; the parent pid follows the last ")".
      const parent = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      if (parent === pid) found.push(Number(entry));
    } catch {
      // the process ended while we looked
    }
  }
  return found;
}

function rssKiB(pid: number): number {
  try {
    const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
    return match ? Number(match[1]) : 0;
  } catch {
    return 0;
  }
}

function treePids(root: number): number[] {
  const found: number[] = [];
  const queue = [root];
  while (queue.length > 0) {
    const pid = queue.pop()!;
    found.push(pid);
    queue.push(...childrenOf(pid));
  }
  return found;
}

export function treeRssMiB(root: number): number {
  return treePids(root).reduce((total, pid) => total + rssKiB(pid), 0) / 1024;
}
