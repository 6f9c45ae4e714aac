import { expect, test, type APIResponse, type Page } from "@playwright/test";
import { cspViolations, demo, signIn, watchCspViolations } from "./support";

// security.md E5, S8, S9, D1 (HSTS) and the "no PHI in caches" rule, against the
// production build: the headers a browser really gets, and a browser that really
// enforces them.

// Hartley & Osei (demo seed): Grace has open tasks, and the prep view has charts.
const GRACE = "grace@clients.example";

test.beforeEach(async ({ context }) => {
  await watchCspViolations(context);
});

function policyOf(response: { headers(): Record<string, string> } | null | undefined): Map<string, string[]> {
  const header = response?.headers()["content-security-policy"] ?? "";
  return new Map(header.split(";").map((directive) => directive.trim().split(/\s+/)).map(([name, ...values]) => [name!, values]));
}

/** Visits `path`, waits for its heading, and checks the page's CSP and that nothing broke it. */
async function expectEnforcedWithoutViolations(page: Page, path: string, heading: RegExp | string) {
  const response = await page.goto(path);
  await expect(page.getByRole("heading", { level: 1, name: heading })).toBeVisible();
  const policy = policyOf(response);
  const nonce = policy.get("script-src")?.find((source) => source.startsWith("'nonce-"));
  expect(nonce, `${path}: script-src has a nonce`).toBeDefined();
  expect(policy.get("script-src")).toContain("'strict-dynamic'");
  expect(policy.get("frame-ancestors")).toEqual(["'none'"]);
  // Next put that nonce on every script it rendered.
  const scripts = (await response!.text()).match(/<script\b[^>]*>/g) ?? [];
  expect(scripts.length).toBeGreaterThan(0);
  expect(scripts.filter((tag) => !tag.includes(` nonce="${nonce!.slice("'nonce-".length, -1)}"`))).toEqual([]);
  expect(await cspViolations(page)).toEqual([]);
  return nonce!;
}

test("the sign-in page, caseload, prep view with charts, and a partner's task form work under the CSP without a single violation", async ({ page, browser }) => {
  test.setTimeout(60_000);
  const firstNonce = await expectEnforcedWithoutViolations(page, "/login", "Sign in");
  // Validation runs zod in the browser (no eval probe under this policy).
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByText("Enter an email address")).toBeVisible();
  expect(await cspViolations(page)).toEqual([]);
  expect(await expectEnforcedWithoutViolations(page, "/login", "Sign in"), "a fresh nonce per response").not.toBe(firstNonce);

  await signIn(page, demo.maya.email);
  await expectEnforcedWithoutViolations(page, "/caseload", "Caseload");
  const prep = await page.getByRole("list", { name: "Couples" }).getByRole("link", { name: /Hartley & Osei/ }).getAttribute("href");
  await expectEnforcedWithoutViolations(page, prep!, /^Session prep/);
  await expect(page.getByRole("region", { name: "Trends" }).locator(".recharts-line").first()).toBeVisible();
  // The account menu locks scrolling with a <style> element of its own (Radix).
  await page.getByRole("button", { name: /^Account menu/ }).click();
  await expect(page.getByRole("menuitem", { name: "Sign out", exact: true })).toBeVisible();
  await page.keyboard.press("Escape");
  expect(await cspViolations(page)).toEqual([]);

  const grace = await browser.newContext();
  await watchCspViolations(grace);
  const partner = await grace.newPage();
  await signIn(partner, GRACE);
  await expectEnforcedWithoutViolations(partner, "/today", /^Hello, /);
  await partner.getByRole("region", { name: "Due today" }).getByRole("link").first().click();
  await expect(partner.getByRole("button", { name: "Submit", exact: true })).toBeVisible();
  await expect(partner.locator("form textarea, form input").first()).toBeVisible();
  expect(await cspViolations(partner)).toEqual([]);
  await grace.close();
});

test("pages, tRPC and auth responses are never stored; static assets stay cacheable; every response carries the fixed headers", async ({ page, browser }) => {
  const staticHeaders = (response: APIResponse) => {
    const headers = response.headers();
    expect(headers["x-content-type-options"]).toBe("nosniff");
    expect(headers["x-frame-options"]).toBe("DENY");
    expect(headers["referrer-policy"]).toBe("no-referrer");
    expect(headers["permissions-policy"]).toContain("camera=()");
    expect(headers["strict-transport-security"]).toBe("max-age=63072000; includeSubDomains");
  };
  const noStore = (response: APIResponse, what: string) => {
    expect(response.headers()["cache-control"], what).toContain("no-store");
    expect(response.headers()["cache-control"], what).toContain("private");
    staticHeaders(response);
  };

  const signInPage = await page.request.get("/login");
  expect(signInPage.status()).toBe(200);
  noStore(signInPage, "sign-in page");
  for (const path of ["/api/auth/session", "/api/auth/csrf", "/api/auth/providers"]) {
    const response = await page.request.get(path);
    noStore(response, path);
    expect(policyOf(response).get("default-src"), path).toEqual(["'none'"]);
  }

  await signIn(page, demo.maya.email);
  const counselorPage = await page.request.get("/caseload", { maxRedirects: 0 });
  expect(counselorPage.status()).toBe(200);
  expect(await counselorPage.text()).toContain("Hartley &amp; Osei");
  noStore(counselorPage, "counselor page");
  const flight = await page.request.get("/caseload", { headers: { RSC: "1" } });
  expect(flight.headers()["content-type"]).toContain("text/x-component");
  noStore(flight, "counselor page's RSC payload");
  const procedure = await page.request.get("/api/trpc/prep.caseload");
  expect(procedure.status()).toBe(200);
  expect(await procedure.text()).toContain("Hartley & Osei");
  noStore(procedure, "tRPC query");

  const partner = await browser.newPage();
  await signIn(partner, GRACE);
  const partnerPage = await partner.request.get("/today", { maxRedirects: 0 });
  expect(partnerPage.status()).toBe(200);
  noStore(partnerPage, "partner page");
  await partner.close();

  // The build's own scripts and styles: immutable, cached for a year.
  const asset = (await page.locator("script[src^='/_next/static/']").first().getAttribute("src"))!;
  const script = await page.request.get(asset);
  expect(script.status()).toBe(200);
  expect(script.headers()["cache-control"]).toBe("public, max-age=31536000, immutable");
  staticHeaders(script);
});

test("tRPC takes mutations only as POSTs with a JSON body: a cross-site form post changes nothing", async ({ page }) => {
  await signIn(page, demo.partner.email);
  const signedIn = async () => (await page.request.get("/api/trpc/viewer.me")).status();
  expect(await signedIn()).toBe(200);

  const asGet = await page.request.get("/api/trpc/account.signOut");
  expect(asGet.status()).toBe(405);
  // What an HTML form on another site can send (the browser would add the session
  // cookie only on a same-site request; SameSite=Lax stops the rest).
  const urlencoded = await page.request.post("/api/trpc/account.signOut", { form: { json: "null" } });
  expect(urlencoded.status()).toBe(415);
  const multipart = await page.request.post("/api/trpc/account.signOut", { multipart: { json: "null" } });
  expect(multipart.status()).toBe(415);
  const plain = await page.request.post("/api/trpc/account.signOut", { headers: { "content-type": "text/plain" }, data: "{}" });
  expect(plain.status()).toBe(415);
  // The browser says where a request comes from; another site's is refused even as JSON.
  const crossSite = await page.request.post("/api/trpc/account.signOut", { headers: { "sec-fetch-site": "cross-site" }, data: { json: null } });
  expect(crossSite.status()).toBe(403);
  expect(await signedIn(), "still signed in: none of those reached the procedure").toBe(200);
});
