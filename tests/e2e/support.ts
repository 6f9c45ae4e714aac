import { expect, type APIRequestContext, type Browser, type Page } from "@playwright/test";
import { DEMO_COUPLES, DEMO_PASSWORD, DEMO_STAFF } from "@/server/services/demo/demo-data";

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

/** Signs in through the real form and waits for the landing page's heading. */
export async function signIn(page: Page, email: string, password = DEMO_PASSWORD) {
  await page.goto("/login");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password", { exact: true }).fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).not.toHaveURL(/\/login/);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
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
