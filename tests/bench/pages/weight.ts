import { request as httpRequest } from "node:http";
import { request as httpsRequest } from "node:https";
import { gunzipSync, brotliDecompressSync, gzipSync, constants as zlib } from "node:zlib";
import { chromium } from "@playwright/test";
import type { CookieJar } from "./session";

export const CHROMIUM = "/usr/bin/chromium";

/**
 * How a chunk comes to be loaded: named in the server-rendered HTML, or (`browser`)
 * requested by the page's own scripts before the load event (e.g. an error boundary
 * that the RSC payload names), which is first load all the same.
 */
type Reference = "script" | "preload" | "modulepreload" | "browser";

export interface ChunkSize {
  /** Path (and query) on the server, e.g. /_next/static/chunks/abc.js. */
  path: string;
  referencedAs: Reference[];
  rawBytes: number;
  /** The raw bytes compressed with node:zlib gzip at level 9: the figure the target is checked against. */
  gzipBytes: number;
  /** Bytes on the wire when asked with `Accept-Encoding: gzip, br`, and the server's Content-Encoding. */
  servedBytes: number;
  servedEncoding: string;
}

export interface BrowserScript {
  path: string;
  /** Bytes Chromium received for the body (Playwright's responseBodySize: compressed if the server compressed it). */
  transferBytes: number;
  decodedBytes: number;
  /** Requested after the page's load event (lazy chunks, not part of first load). */
  afterLoad: boolean;
  inHtml: boolean;
}

export interface PageWeight {
  page: string;
  path: string;
  chunks: ChunkSize[];
  /** `<script nomodule>` files: modern browsers never download them, so they are not counted. */
  noModule: string[];
  total: { chunks: number; rawBytes: number; gzipBytes: number; servedBytes: number };
  top5: ChunkSize[];
  browser: {
    scripts: BrowserScript[];
    /** Scripts Chromium fetched up to its load event that the HTML does not name. */
    onlyInBrowserBeforeLoad: string[];
    /** Scripts Chromium fetched after its load event (lazy, outside first load). */
    afterLoad: string[];
    /** Scripts the HTML names that Chromium never fetched. */
    onlyInHtml: string[];
    firstLoad: { chunks: number; transferBytes: number; decodedBytes: number };
  };
}

const decodeEntities = (value: string) => value.replace(/&amp;/g, "&").replace(/&quot;/g, '"').replace(/&#x27;|&#39;/g, "'");

function attributesOf(tag: string): Map<string, string> {
  const attributes = new Map<string, string>();
  for (const match of tag.matchAll(/([^\s"'=<>/]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g)) {
    const name = match[1]!.toLowerCase();
    if (name === "script" || name === "link") continue;
    attributes.set(name, decodeEntities(match[2] ?? match[3] ?? match[4] ?? ""));
  }
  return attributes;
}

/** Every script the HTML loads or preloads on first load, by same-origin path. */
export function scriptsInHtml(html: string, baseUrl: string): { references: Map<string, Reference[]>; noModule: string[] } {
  const references = new Map<string, Reference[]>();
  const noModule: string[] = [];
  const origin = new URL(baseUrl).origin;
  const add = (href: string, kind: Reference) => {
    const url = new URL(href, baseUrl);
    const key = url.origin === origin ? url.pathname + url.search : url.href;
    const kinds = references.get(key) ?? [];
    if (!kinds.includes(kind)) kinds.push(kind);
    references.set(key, kinds);
  };
  for (const [tag] of html.matchAll(/<script\b[^>]*>/gi)) {
    const attributes = attributesOf(tag);
    const src = attributes.get("src");
    if (!src) continue;
    if (attributes.has("nomodule")) noModule.push(src);
    else add(src, "script");
  }
  for (const [tag] of html.matchAll(/<link\b[^>]*>/gi)) {
    const attributes = attributesOf(tag);
    const rel = (attributes.get("rel") ?? "").toLowerCase().split(/\s+/);
    const href = attributes.get("href");
    if (!href) continue;
    if (rel.includes("modulepreload")) add(href, "modulepreload");
    else if (rel.includes("preload") && attributes.get("as") === "script") add(href, "preload");
  }
  return { references, noModule };
}

/** GET with compression allowed, keeping the bytes exactly as the server sent them. */
function getEncoded(url: URL, headers: Record<string, string>): Promise<{ status: number; body: Buffer; encoding: string }> {
  const request = url.protocol === "https:" ? httpsRequest : httpRequest;
  return new Promise((resolve, reject) => {
    const outgoing = request(url, { headers: { "accept-encoding": "gzip, br", ...headers } }, (response) => {
      const parts: Buffer[] = [];
      response.on("data", (part: Buffer) => parts.push(part));
      response.on("end", () => resolve({ status: response.statusCode ?? 0, body: Buffer.concat(parts), encoding: String(response.headers["content-encoding"] ?? "identity") }));
      response.on("error", reject);
    });
    outgoing.on("error", reject);
    outgoing.end();
  });
}

async function sizeOf(baseUrl: string, path: string, referencedAs: Reference[]): Promise<ChunkSize> {
  const { status, body, encoding } = await getEncoded(new URL(path, baseUrl), {});
  if (status !== 200) throw new Error(`GET ${path} answered ${status}`);
  const raw = encoding === "gzip" ? gunzipSync(body) : encoding === "br" ? brotliDecompressSync(body) : body;
  return {
    path,
    referencedAs,
    rawBytes: raw.length,
    gzipBytes: gzipSync(raw, { level: zlib.Z_BEST_COMPRESSION }).length,
    servedBytes: body.length,
    servedEncoding: encoding,
  };
}

/** The page's HTML as the signed-in partner gets it; a redirect (sign-in, consent) is an error. */
export async function fetchPage(baseUrl: string, path: string, jar: CookieJar): Promise<string> {
  const { status, body, encoding } = await getEncoded(new URL(path, baseUrl), { cookie: jar.header(), accept: "text/html" });
  if (status !== 200) throw new Error(`GET ${path} answered ${status} (expected the page itself: is the session valid and consent accepted?)`);
  const raw = encoding === "gzip" ? gunzipSync(body) : encoding === "br" ? brotliDecompressSync(body) : body;
  return raw.toString("utf8");
}

/** What Chromium itself downloads for the page, in a fresh context (empty cache) with the session cookie. */
async function browserScripts(baseUrl: string, path: string, jar: CookieJar, htmlPaths: Set<string>): Promise<BrowserScript[]> {
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ["--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu"] });
  try {
    const context = await browser.newContext({ viewport: { width: 412, height: 823 }, isMobile: true, hasTouch: true, deviceScaleFactor: 1.75 });
    await context.addCookies(jar.entries().map((cookie) => ({ ...cookie, url: baseUrl })));
    const page = await context.newPage();
    const origin = new URL(baseUrl).origin;
    let loaded = false;
    const pending: Promise<BrowserScript>[] = [];
    page.on("load", () => {
      loaded = true;
    });
    // Scripts requested and not yet answered, so the wait below ends when they have all arrived.
    let inFlight = 0;
    let settled: (() => void) | undefined;
    const isScript = (request: { resourceType(): string }) => request.resourceType() === "script";
    page.on("request", (request) => {
      if (isScript(request)) inFlight += 1;
    });
    const finished = (request: { resourceType(): string }) => {
      if (!isScript(request)) return;
      inFlight -= 1;
      if (inFlight === 0) settled?.();
    };
    page.on("requestfinished", finished);
    page.on("requestfailed", finished);
    page.on("response", (response) => {
      if (response.request().resourceType() !== "script") return;
      const afterLoad = loaded;
      const url = new URL(response.url());
      const key = url.origin === origin ? url.pathname + url.search : url.href;
      pending.push(
        (async () => {
          const [sizes, body] = await Promise.all([response.request().sizes(), response.body()]);
          return { path: key, transferBytes: sizes.responseBodySize, decodedBytes: body.length, afterLoad, inHtml: htmlPaths.has(key) };
        })(),
      );
    });
    const response = await page.goto(new URL(path, baseUrl).href, { waitUntil: "load" });
    if (response?.status() !== 200 || new URL(page.url()).pathname !== path) throw new Error(`Chromium did not land on ${path} (status ${response?.status()}, at ${page.url()})`);
    await page.waitForLoadState("networkidle");
    // Deferred imports (components/layout/after-page-load.ts) start in the first idle callback
    // after load: wait for the next one, then until every script they asked for has arrived.
    await page.evaluate(() => new Promise<void>((resolve) => requestIdleCallback(() => requestIdleCallback(() => resolve()), { timeout: 2000 })));
    if (inFlight > 0) await new Promise<void>((resolve) => (settled = resolve));
    return await Promise.all(pending);
  } finally {
    await browser.close();
  }
}

export async function measurePageWeight(baseUrl: string, page: string, path: string, jar: CookieJar): Promise<PageWeight> {
  const html = await fetchPage(baseUrl, path, jar);
  const { references, noModule } = scriptsInHtml(html, baseUrl);
  const scripts = await browserScripts(baseUrl, path, jar, new Set(references.keys()));
  const fetched = new Set(scripts.map((script) => script.path));
  const firstLoad = scripts.filter((script) => !script.afterLoad);
  // Scripts Chromium fetched before its load event without the HTML naming them count too.
  for (const script of firstLoad) if (!script.inHtml && script.path.startsWith("/")) references.set(script.path, ["browser"]);

  const chunks: ChunkSize[] = [];
  for (const [chunkPath, kinds] of references) chunks.push(await sizeOf(baseUrl, chunkPath, kinds));
  const sum = (list: ChunkSize[], key: "rawBytes" | "gzipBytes" | "servedBytes") => list.reduce((total, chunk) => total + chunk[key], 0);
  return {
    page,
    path,
    chunks,
    noModule,
    total: { chunks: chunks.length, rawBytes: sum(chunks, "rawBytes"), gzipBytes: sum(chunks, "gzipBytes"), servedBytes: sum(chunks, "servedBytes") },
    top5: [...chunks].sort((a, b) => b.gzipBytes - a.gzipBytes).slice(0, 5),
    browser: {
      scripts,
      onlyInBrowserBeforeLoad: firstLoad.filter((script) => !script.inHtml).map((script) => script.path),
      afterLoad: scripts.filter((script) => script.afterLoad).map((script) => script.path),
      onlyInHtml: [...references].filter(([key, kinds]) => !kinds.includes("browser") && !fetched.has(key)).map(([key]) => key),
      firstLoad: {
        chunks: firstLoad.length,
        transferBytes: firstLoad.reduce((total, script) => total + script.transferBytes, 0),
        decodedBytes: firstLoad.reduce((total, script) => total + script.decodedBytes, 0),
      },
    },
  };
}
