import autocannon from "autocannon";
import superjson from "superjson";
import { BACKGROUND_HEADERS } from "@/server/auth/activity-header";
import { cpuBetween, type CpuSnapshot } from "./cpu";
import type { BenchCall, ConnectionState, Scenario } from "./scenarios";

export interface LoadResult {
  connections: number;
  requests: number;
  durationS: number;
  rps: number;
  p50Ms: number;
  p95Ms: number;
  p99Ms: number;
  maxMs: number;
  errors: number;
  /** The first few failures, status and tRPC code only, to say what went wrong. */
  errorSamples: string[];
  peakRssMiB: number;
  /** CPU per request: the server's process tree, and all of PostgreSQL. */
  cpuMsPerRequest: { server: number; postgres: number };
}

export function percentile(sorted: number[], share: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil(sorted.length * share) - 1)]!;
}

/** The path (and body) tRPC's own httpLink sends for this call. */
export function encodeCall(call: BenchCall, method: "GET" | "POST"): { path: string; body?: string } {
  if (call.procedure.startsWith("/")) return { path: call.procedure };
  const input = call.input === undefined ? undefined : JSON.stringify(superjson.serialize(call.input));
  if (method === "POST") return { path: `/api/trpc/${call.procedure}`, body: input ?? "{}" };
  return { path: `/api/trpc/${call.procedure}${input ? `?input=${encodeURIComponent(input)}` : ""}` };
}

function errorSummary(status: number, body: string): string {
  try {
    const parsed = JSON.parse(body) as { error?: { json?: { data?: { code?: string }; message?: string } } };
    return `${status} ${parsed.error?.json?.data?.code ?? ""} ${parsed.error?.json?.message ?? ""}`.trim();
  } catch {
    return `${status}`;
  }
}

/**
 * Drives one scenario with `connections` concurrent keep-alive connections for
 * `durationS` seconds (or exactly `amount` requests), recording every latency itself:
 * autocannon's own summary has no p95.
 */
export async function runLoad(options: {
  url: string;
  scenario: Scenario;
  cookies: Map<string, { cookie: string }>;
  connections: number;
  durationS?: number;
  amount?: number;
  sampleRss: () => number;
  sampleCpu: () => CpuSnapshot;
}): Promise<LoadResult> {
  const { scenario, cookies } = options;
  const latencies: number[] = [];
  const errorSamples: string[] = [];
  let errors = 0;
  let built = 0;
  let peakRss = options.sampleRss();
  const sampler = setInterval(() => {
    peakRss = Math.max(peakRss, options.sampleRss());
  }, 200);

  const cpuBefore = options.sampleCpu();
  const started = performance.now();
  let finish!: (result: autocannon.Result) => void;
  let fail!: (error: unknown) => void;
  const done = new Promise<autocannon.Result>((resolve, reject) => {
    finish = resolve;
    fail = reject;
  });
  const instance = autocannon({
    url: options.url,
    connections: options.connections,
    ...(options.amount ? { amount: options.amount } : { duration: options.durationS ?? 10 }),
    timeout: 30,
    setupClient: (client) => {
      const state: ConnectionState = {};
      client.setRequests([
        {
          setupRequest: (request) => {
            built += 1;
            const call = scenario.next(state);
            const encoded = encodeCall(call, scenario.method);
            return {
              ...request,
              method: scenario.method,
              path: encoded.path,
              headers: {
                cookie: cookies.get(call.user.id)?.cookie ?? "",
                ...(scenario.method === "POST" ? { "content-type": "application/json" } : {}),
                ...(scenario.background ? BACKGROUND_HEADERS : {}),
              },
              ...(encoded.body === undefined ? {} : { body: encoded.body }),
            };
          },
          onResponse: (status, body) => {
            if (status >= 200 && status < 300) {
              if (scenario.onResponse) {
                const parsed = JSON.parse(body) as { result?: { data?: { json?: unknown } } };
                scenario.onResponse(state, parsed.result?.data?.json);
              }
              return;
            }
            errors += 1;
            if (errorSamples.length < 5) errorSamples.push(errorSummary(status, body));
          },
        },
      ]);
    },
  }, (error, result) => (error ? fail(error) : finish(result)));
  instance.on("response", (_client, _status, _bytes, responseTime) => {
    latencies.push(responseTime);
  });
  const result = await done;
  clearInterval(sampler);
  const cpu = cpuBetween(cpuBefore, options.sampleCpu());
  const elapsed = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  const failedToConnect = result.errors + result.timeouts;
  // Each connection may have one request in flight when the time is up; anything beyond
  // that never got an answer (a stalled server), and a run with no answers at all failed.
  const unanswered = latencies.length === 0 ? built : Math.max(0, built - latencies.length - options.connections);
  if (unanswered > 0 && errorSamples.length < 5) errorSamples.push(`${unanswered} requests unanswered`);
  return {
    connections: options.connections,
    requests: latencies.length,
    durationS: Number(elapsed.toFixed(2)),
    rps: Number((latencies.length / elapsed).toFixed(1)),
    p50Ms: round(percentile(latencies, 0.5)),
    p95Ms: round(percentile(latencies, 0.95)),
    p99Ms: round(percentile(latencies, 0.99)),
    maxMs: round(latencies.at(-1) ?? Number.NaN),
    errors: errors + failedToConnect + unanswered,
    errorSamples,
    peakRssMiB: Math.round(Math.max(peakRss, options.sampleRss())),
    cpuMsPerRequest: {
      server: round(cpu.serverMs / Math.max(1, latencies.length)),
      postgres: round(cpu.postgresMs / Math.max(1, latencies.length)),
    },
  };
}

const round = (value: number) => Number(value.toFixed(2));
