/**
 * Page weight and Lighthouse for the partner pages (Today and a task). Reports numbers
 * and whether each target is met; it builds and starts nothing.
 *
 *   npx next build && npx next start -p 3400 …     (a production server, demo data seeded)
 *   BENCH_URL=http://localhost:3400 npm run bench:pages -- --out pages.json
 *
 * Options: --out FILE (JSON there, summary on stdout; without it the JSON goes to stdout
 * and the summary to stderr), --runs N (Lighthouse runs per page, default 3),
 * --no-lighthouse (page weight only). Environment: BENCH_URL (default
 * http://localhost:3000), BENCH_EMAIL (a demo partner, default Grace, whose Today has open
 * tasks due today), BENCH_PASSWORD (default the demo password).
 */
import { writeFileSync } from "node:fs";
import { cpus, loadavg } from "node:os";
import { parseArgs } from "node:util";
import { DEMO_PASSWORD } from "@/server/services/demo/demo-data";
import { lighthouseSummary, type LighthouseSummary } from "./lighthouse";
import { chooseTask, signIn, type ChosenTask } from "./session";
import { measurePageWeight, type PageWeight } from "./weight";

/** First-load JavaScript per page, gzip level 9, in bytes (kB = 1000 bytes). */
const JS_GZIP_BUDGET = 200_000;
const SCORE_TARGET = 90;

const { values: options } = parseArgs({
  options: {
    out: { type: "string" },
    runs: { type: "string", default: "3" },
    "no-lighthouse": { type: "boolean", default: false },
  },
});
const runs = Number(options.runs);
if (!Number.isInteger(runs) || runs < 1) throw new Error("--runs takes a whole number of runs, 1 or more");

const baseUrl = process.env.BENCH_URL ?? "http://localhost:3000";
const email = process.env.BENCH_EMAIL ?? "grace@clients.example";
const password = process.env.BENCH_PASSWORD ?? DEMO_PASSWORD;

// With --out, stdout carries the summary; without it, stdout carries the JSON alone.
const say = (line = "") => (options.out ? process.stdout : process.stderr).write(`${line}\n`);
const progress = (line: string) => process.stderr.write(`… ${line}\n`);

const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;
const ms = (value: number) => `${Math.round(value)} ms`;
const load = () => loadavg().map((value) => value.toFixed(2)).join(" ");

interface PageResult {
  page: string;
  path: string;
  weight: PageWeight;
  lighthouse: LighthouseSummary | null;
  meets: { jsGzip: boolean; lighthouse: boolean | null };
}

function summarise(result: PageResult) {
  const { weight, lighthouse } = result;
  say(`${result.page}  ${result.path}`);
  say(
    `  JavaScript on first load: ${weight.total.chunks} chunks, ${kB(weight.total.gzipBytes)} gzip-9 (${kB(weight.total.rawBytes)} raw, ${kB(weight.total.servedBytes)} as served)  ` +
      `target ≤ ${kB(JS_GZIP_BUDGET)}: ${result.meets.jsGzip ? "met" : "MISSED"}`,
  );
  for (const chunk of weight.top5) say(`    ${kB(chunk.gzipBytes).padStart(9)} gz  ${kB(chunk.rawBytes).padStart(9)} raw  ${chunk.path}`);
  const { browser } = weight;
  say(`  Chromium fetched ${browser.firstLoad.chunks} scripts up to its load event (${kB(browser.firstLoad.transferBytes)} transferred)` + (browser.afterLoad.length ? `, ${browser.afterLoad.length} after it` : ""));
  if (browser.onlyInBrowserBeforeLoad.length) say(`    not named in the HTML (counted in the total): ${browser.onlyInBrowserBeforeLoad.join(", ")}`);
  if (browser.onlyInHtml.length) say(`    named in the HTML, not fetched: ${browser.onlyInHtml.join(", ")}`);
  if (browser.afterLoad.length) say(`    after load: ${browser.afterLoad.join(", ")}`);
  if (weight.noModule.length) say(`    nomodule (not downloaded, not counted): ${weight.noModule.join(", ")}`);
  if (lighthouse) {
    const { median } = lighthouse;
    const m = median.metrics;
    say(
      `  Lighthouse (mobile, simulated throttling), median of ${lighthouse.runs.length}: score ${median.score}  target ≥ ${SCORE_TARGET}: ${result.meets.lighthouse ? "met" : "MISSED"}`,
    );
    say(`    FCP ${ms(m.fcp)}  LCP ${ms(m.lcp)}  TBT ${ms(m.tbt)}  CLS ${m.cls.toFixed(3)}  SI ${ms(m.si)}`);
    const first = lighthouse.runs[0];
    if (first?.lcpElement) say(`    LCP element (run 1): ${first.lcpElement.slice(0, 120)}  ${Object.entries(first.lcpPhases).map(([phase, time]) => `${phase} ${ms(time)}`).join(", ")}`);
    say(`    runs: ${lighthouse.runs.map((run) => `${run.score} (load ${run.loadBefore.toFixed(2)}, benchmarkIndex ${Math.round(run.benchmarkIndex)})`).join(", ")}`);
  }
  say();
}

async function main() {
  const startedAt = new Date().toISOString();
  const loadStart = loadavg();
  progress(`signing in as ${email} at ${baseUrl}`);
  const jar = await signIn(baseUrl, email, password);
  const task: ChosenTask = await chooseTask(baseUrl, jar);
  progress(`task page: "${task.title}" due ${task.dueOn} (${task.from})`);
  const pages = [
    { page: "Today", path: "/today" },
    { page: "Task", path: `/tasks/${task.id}` },
  ];

  const results: PageResult[] = [];
  for (const { page, path } of pages) {
    progress(`${page}: page weight (load ${load()})`);
    const weight = await measurePageWeight(baseUrl, page, path, jar);
    let lighthouse: LighthouseSummary | null = null;
    if (!options["no-lighthouse"]) {
      lighthouse = await lighthouseSummary(new URL(path, baseUrl).href, jar.header(), runs, (run, index) =>
        progress(`${page}: Lighthouse run ${index + 1}/${runs}: score ${run.score} (load ${run.loadBefore.toFixed(2)} → ${run.loadAfter.toFixed(2)})`),
      );
    }
    results.push({
      page,
      path,
      weight,
      lighthouse,
      meets: { jsGzip: weight.total.gzipBytes <= JS_GZIP_BUDGET, lighthouse: lighthouse ? lighthouse.median.score >= SCORE_TARGET : null },
    });
  }

  const report = {
    startedAt,
    finishedAt: new Date().toISOString(),
    baseUrl,
    partner: email,
    task,
    machine: { cpus: cpus().length, loadavgStart: loadStart, loadavgEnd: loadavg() },
    method: {
      javascript:
        "Every <script src> (nomodule excluded) and <link rel=preload as=script | modulepreload> in the page's HTML, plus any script Chromium requested before its load event that the HTML does not name, fetched once each. " +
        "gzipBytes: the raw bytes compressed with node:zlib gzip level 9 (the target's figure); servedBytes: the body as the server sent it for Accept-Encoding: gzip, br (servedEncoding). " +
        "browser: what Chromium (Playwright, fresh context) requested as scripts, split at its load event.",
      lighthouse: "lighthouse npm package, default config (mobile form factor, simulated throttling), performance category only, Chromium /usr/bin/chromium --headless=new --no-sandbox, session as an extra Cookie header; medians taken per figure.",
    },
    targets: { jsGzipBytes: JS_GZIP_BUDGET, lighthouseScore: SCORE_TARGET },
    pages: results,
  };

  say(`Partner pages at ${baseUrl} as ${email}; load average ${loadStart.map((value) => value.toFixed(2)).join(" ")} at start, ${load()} at end (${cpus().length} CPUs)`);
  say();
  for (const result of results) summarise(result);
  const json = `${JSON.stringify(report, null, 2)}\n`;
  if (options.out) {
    writeFileSync(options.out, json);
    say(`JSON written to ${options.out}`);
  } else {
    process.stdout.write(json);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
