import { expect, test } from "@playwright/test";
import { demo, signIn } from "./support";

test("a counselor assigns a daily check-in and each partner finds it on Today", async ({ page, browser }) => {
  await signIn(page, demo.maya.email);
  const couples = page.getByRole("list", { name: "Couples" });
  // Caseload rows open the session-prep view; the couple's own page is one level up.
  const href = await couples.getByRole("link", { name: new RegExp(demo.mayaSecondCouple.displayName) }).getAttribute("href");
  await page.goto(href!.replace(/\/prep$/, ""));
  await page.getByRole("link", { name: "Assign exercise" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Assign an exercise" })).toBeVisible();

  // Nothing chosen: a specific message, nothing assigned.
  await page.getByRole("button", { name: "Assign exercise" }).click();
  await expect(page.getByLabel("Exercise", { exact: true })).toBeFocused();
  await expect(page).toHaveURL(/\/assign$/);

  await page.getByLabel("Exercise", { exact: true }).selectOption({ label: "Daily trust check-in" });
  // The exercise's usual rhythm is filled in.
  await expect(page.getByLabel("How often")).toHaveValue("daily");
  await page.getByRole("radio", { name: "After a number of times" }).check();
  await page.getByLabel("Number of times", { exact: true }).fill("7");
  await page.getByLabel("Note (optional)").fill("Two or three minutes each evening, on your own.");
  await page.getByRole("button", { name: "Assign exercise" }).click();

  await expect(page.getByText("Assigned. Each partner will find it on their Today page")).toBeVisible();
  const homework = page.getByRole("list", { name: "Homework" });
  await expect(homework.getByRole("link", { name: "Daily trust check-in", exact: true })).toBeVisible();
  await expect(homework.getByText(/Daily from .*, 7 times/)).toBeVisible();

  // Pausing and resuming from the Homework list.
  await homework.getByRole("button", { name: "Pause “Daily trust check-in”" }).click();
  await expect(homework.getByText("Paused", { exact: true })).toBeVisible();
  await homework.getByRole("button", { name: "Resume “Daily trust check-in”" }).click();
  await expect(homework.getByText("Paused", { exact: true })).toHaveCount(0);

  const partnerContext = await browser.newContext();
  const partnerPage = await partnerContext.newPage();
  await signIn(partnerPage, demo.mayaSecondCouple.partners[0].email);
  await expect(partnerPage.getByText("Daily trust check-in").first()).toBeVisible();
  await partnerContext.close();
});
