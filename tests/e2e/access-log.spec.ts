import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { demo, signIn } from "./support";

const seriousViolations = (results: Awaited<ReturnType<AxeBuilder["analyze"]>>) =>
  results.violations.filter((violation) => violation.impact === "serious" || violation.impact === "critical").map((violation) => violation.id);

test("a counselor sees who opened a couple's records, and the admin filters the practice's access log", async ({ page }) => {
  await signIn(page, demo.maya.email);
  const href = await page.getByRole("list", { name: "Couples" }).getByRole("link", { name: /Hartley & Osei/ }).getAttribute("href");
  await page.goto(href!);
  await expect(page.getByRole("heading", { level: 1, name: /Session prep/ })).toBeVisible();
  await page.goto(href!.replace(/\/prep$/, ""));
  await page.getByRole("link", { name: "Access log" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Access log" })).toBeVisible();
  const prepRead = page.getByRole("row").filter({ hasText: "prep.read" }).first();
  await expect(prepRead).toContainText(demo.maya.displayName);
  expect(seriousViolations(await new AxeBuilder({ page }).analyze())).toEqual([]);

  await page.context().clearCookies();
  await signIn(page, demo.admin.email);
  await page.getByRole("link", { name: "Access log" }).first().click();
  await expect(page.getByRole("link", { name: "Access log" }).first()).toHaveAttribute("aria-current", "page");
  await expect(page.getByRole("link", { name: "Counselors" }).first()).not.toHaveAttribute("aria-current", "page");
  await page.getByLabel("Action starts with").fill("prep.");
  await page.getByRole("button", { name: "Filter" }).click();
  await expect(page).toHaveURL(/action=prep\./);
  const rows = page.getByRole("row").filter({ hasText: "prep.read" });
  await expect(rows.first()).toContainText("Hartley & Osei");
  await expect(page.getByRole("row").filter({ hasText: "response.submit" })).toHaveCount(0);
  expect(seriousViolations(await new AxeBuilder({ page }).analyze())).toEqual([]);
});
