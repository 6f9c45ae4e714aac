import { loadavg } from "node:os";
import { launch } from "chrome-launcher";
import lighthouse from "lighthouse";
import { CHROMIUM } from "./weight";

export const METRICS = {
  fcp: "first-contentful-paint",
  lcp: "largest-contentful-paint",
  tbt: "total-blocking-time",
  cls: "cumulative-layout-shift",
  si: "speed-index",
} as const;

export type MetricName = keyof typeof METRICS;
/** FCP, LCP, TBT and SI in milliseconds; CLS unitless. */
export type Metrics = Record<MetricName, number>;

export interface LighthouseRun {
  score: number;
  metrics: Metrics;
  /** Lighthouse's own measure of this machine's CPU speed at the time (higher is faster; a quiet desktop is ~1000+). */
  benchmarkIndex: number;
  /** /proc/loadavg's 1-minute figure before and after the run: another process's work slows the simulated page too. */
  loadBefore: number;
  loadAfter: number;
  finalUrl: string;
  /** What Lighthouse took as the largest contentful paint, and how its time splits (TTFB, load delay, load time, render delay). */
  lcpElement: string | null;
  lcpPhases: Record<string, number>;
  warnings: string[];
}

interface LcpElementDetails {
  items?: { items?: { node?: { snippet?: string; nodeLabel?: string }; phase?: string; timing?: number }[] }[];
}

function describeLcp(details: unknown): { lcpElement: string | null; lcpPhases: Record<string, number> } {
  const tables = (details as LcpElementDetails | undefined)?.items ?? [];
  const node = tables[0]?.items?.[0]?.node;
  const lcpPhases: Record<string, number> = {};
  for (const row of tables[1]?.items ?? []) if (row.phase && row.timing !== undefined) lcpPhases[row.phase] = Math.round(row.timing);
  return { lcpElement: node ? `${node.snippet ?? ""} ${node.nodeLabel ?? ""}`.trim() : null, lcpPhases };
}

export interface LighthouseSummary {
  runs: LighthouseRun[];
  /** The median of each figure across the runs, taken one figure at a time. */
  median: { score: number; metrics: Metrics; loadBefore: number };
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};

/**
 * One Lighthouse navigation in a Chromium of its own (fresh profile, empty cache):
 * the default config, i.e. mobile form factor with simulated throttling (Moto G
 * Power class CPU ×4 slowdown, slow 4G), performance category only. The session
 * rides on every request as an extra Cookie header.
 */
export async function runLighthouse(url: string, cookie: string): Promise<LighthouseRun> {
  const loadBefore = loadavg()[0]!;
  const chrome = await launch({ chromePath: CHROMIUM, chromeFlags: ["--headless=new", "--no-sandbox"], logLevel: "silent" });
  try {
    const result = await lighthouse(url, {
      port: chrome.port,
      output: "json",
      logLevel: "error",
      onlyCategories: ["performance"],
      formFactor: "mobile",
      throttlingMethod: "simulate",
      extraHeaders: { Cookie: cookie },
    });
    if (!result) throw new Error(`Lighthouse returned no result for ${url}`);
    const { lhr } = result;
    if (lhr.runtimeError) throw new Error(`Lighthouse: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
    const finalUrl = lhr.finalDisplayedUrl;
    if (new URL(finalUrl).pathname !== new URL(url).pathname) throw new Error(`Lighthouse ended on ${finalUrl}, not ${url}: the session was not accepted`);
    const metrics = Object.fromEntries(
      Object.entries(METRICS).map(([name, id]) => {
        const value = lhr.audits[id]?.numericValue;
        if (value === undefined) throw new Error(`Lighthouse reported no ${id} for ${url}`);
        return [name, value];
      }),
    ) as Metrics;
    return {
      score: Math.round((lhr.categories.performance?.score ?? 0) * 100),
      metrics,
      benchmarkIndex: lhr.environment.benchmarkIndex,
      loadBefore,
      loadAfter: loadavg()[0]!,
      finalUrl,
      ...describeLcp(lhr.audits["largest-contentful-paint-element"]?.details),
      warnings: lhr.runWarnings,
    };
  } finally {
    chrome.kill();
  }
}

export async function lighthouseSummary(url: string, cookie: string, runs: number, onRun: (run: LighthouseRun, index: number) => void): Promise<LighthouseSummary> {
  const results: LighthouseRun[] = [];
  for (let index = 0; index < runs; index += 1) {
    const run = await runLighthouse(url, cookie);
    onRun(run, index);
    results.push(run);
  }
  const metrics = Object.fromEntries((Object.keys(METRICS) as MetricName[]).map((name) => [name, median(results.map((run) => run.metrics[name]))])) as Metrics;
  return {
    runs: results,
    median: { score: median(results.map((run) => run.score)), metrics, loadBefore: median(results.map((run) => run.loadBefore)) },
  };
}
