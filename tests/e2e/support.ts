import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { expect, test, type APIRequestContext, type Browser, type BrowserContext, type Page } from "@playwright/test";
import { todayIn } from "@/db/schema/_shared/calendar";
import type { TTemplateDefinitionInput } from "@/db/schema/exercises/definition";
import { TOTP_PERIOD_SECONDS, totpCodeForStep, totpStepAt } from "@/server/auth/mfa/totp";
import { DEMO_COUPLES, DEMO_PASSWORD, DEMO_PRACTICE, DEMO_STAFF, DEMO_TOTP_SECRET } from "@/server/services/demo/demo-data";

export const demo = {
  password: DEMO_PASSWORD,
  admin: DEMO_STAFF[0],
  maya: DEMO_STAFF[1],
  samuel: DEMO_STAFF[2],
  mayaCouple: DEMO_COUPLES[0]!,
  /** Used by tests that change a couple's homework, so Alex's Today stays empty for the others. */
  mayaSecondCouple: DEMO_COUPLES[1]!,
  samuelCouple: DEMO_COUPLES[2]!,
  partner: DEMO_COUPLES[0]!.partners[0],
};

/**
 * Signs in through the real form, and for the demo staff through the code step as an
 * authenticator app would (the demo secret is published), then waits for the landing
 * page's heading.
 */
export async function signIn(page: Page, email: string, password = DEMO_PASSWORD) {
  await page.goto("/login");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password", { exact: true }).fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  if (DEMO_STAFF.some((member) => member.email === email)) await enterTwoFactorCode(page, email);
  await expect(page).not.toHaveURL(/\/login/);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
}

/** On the code step page: types the code a demo staff member's authenticator app shows. */
export async function enterTwoFactorCode(page: Page, email: string) {
  await expect(page).toHaveURL(/\/login\/two-factor/);
  await page.getByLabel("6-digit code").fill(await nextDemoCode(email));
  await page.getByRole("button", { name: "Verify" }).click();
}

// Playwright empties test-results at the start of every run, so this lives exactly one run.
const USED_STEPS_FILE = "test-results/demo-totp-steps.json";

/**
 * A code the server will accept for this demo account. Each code works once (the
 * server refuses a time step at or before the last one used), and one step of clock
 * drift is allowed, so an account can sign in at most twice within 30 seconds and then
 * once per step. The steps this run used are kept in a file (a worker restarted after a
 * failure starts with no memory); when both usable steps are taken, this waits for the
 * next 30-second boundary, the one thing a person with an authenticator app would do,
 * and gives the test that much more time.
 */
export async function nextDemoCode(email: string): Promise<string> {
  let used: Record<string, number> = {};
  try {
    used = JSON.parse(readFileSync(USED_STEPS_FILE, "utf8")) as Record<string, number>;
  } catch {
    // First sign-in of the run.
  }
  const current = totpStepAt(new Date());
  const step = Math.max(current, (used[email] ?? 0) + 1);
  if (step > current + 1) {
    const wait = (step - 1) * TOTP_PERIOD_SECONDS * 1000 - Date.now() + 250;
    test.info().setTimeout(test.info().timeout + wait);
    await new Promise((resolve) => setTimeout(resolve, wait));
  }
  mkdirSync("test-results", { recursive: true });
  writeFileSync(USED_STEPS_FILE, JSON.stringify({ ...used, [email]: step }));
  return totpCodeForStep(DEMO_TOTP_SECRET, step);
}

/** Calls a tRPC procedure as the signed-in user of `request`, the way the browser does. */
export async function trpc<T>(request: APIRequestContext, path: string, input?: unknown, type: "query" | "mutation" = "mutation"): Promise<T> {
  const response =
    type === "query"
      ? await request.get(`/api/trpc/${path}${input === undefined ? "" : `?input=${encodeURIComponent(JSON.stringify({ json: input }))}`}`)
      : await request.post(`/api/trpc/${path}`, { data: { json: input } });
  const body = await response.text();
  expect(response.ok(), `${path}: ${body}`).toBe(true);
  return (JSON.parse(body) as { result: { data: { json: T } } }).result.data.json;
}

/** A page in a browser context of its own, signed in as `email`. */
export async function signedIn(browser: Browser, email: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signIn(page, email);
  return page;
}

/**
 * Records every Content-Security-Policy violation in the pages of `context`; read them
 * with `cspViolations` before the page navigates away.
 */
export async function watchCspViolations(context: BrowserContext) {
  await context.addInitScript(() => {
    const seen: string[] = [];
    Object.assign(window, { __cspViolations: seen });
    document.addEventListener("securitypolicyviolation", (event) => {
      seen.push(`${event.effectiveDirective} blocked ${event.blockedURI || "inline"} (${event.sourceFile}:${event.lineNumber}) ${event.sample}`);
    });
  });
}

export async function cspViolations(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { __cspViolations?: string[] }).__cspViolations ?? ["the CSP watcher is not installed"]);
}

/**
 * As the signed-in counselor on `counselor`, creates a practice template from
 * `definition` and assigns it to their couple `coupleName`, once, due today, to each
 * partner. Returns the couple's id.
 */
export async function assignDueToday(counselor: Page, coupleName: string, definition: TTemplateDefinitionInput): Promise<string> {
  await counselor.goto("/caseload");
  const href = await counselor.getByRole("list", { name: "Couples" }).getByRole("link", { name: new RegExp(coupleName) }).getAttribute("href");
  const coupleId = href!.split("/")[2]!;
  const today = todayIn(DEMO_PRACTICE.timeZone);
  const { templateId } = await trpc<{ templateId: string }>(counselor.request, "library.create", { definition });
  await trpc(counselor.request, "assignment.create", { coupleId, templateId, audience: "each", startsOn: today, schedule: { kind: "once", dueOn: today }, visibilityOverrides: {} });
  return coupleId;
}

/** The id of the signed-in partner's task titled `title` that is due today. */
export async function taskDueToday(partner: Page, title: string): Promise<string> {
  const today = await trpc<{ dueToday: { id: string; title: string }[] }>(partner.request, "today.get", undefined, "query");
  const task = today.dueToday.find((item) => item.title === title);
  expect(task, `"${title}" is due today`).toBeDefined();
  return task!.id;
}
