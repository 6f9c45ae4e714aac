import { expect, type Page } from "@playwright/test";
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
