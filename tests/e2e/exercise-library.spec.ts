import { expect, test, type Page } from "@playwright/test";
import { demo, signIn } from "./support";

async function openFromLibrary(page: Page, title: string) {
  const href = await page.getByRole("list", { name: "Exercises" }).getByRole("link", { name: title, exact: true }).getAttribute("href");
  expect(href).toMatch(/^\/library\/[0-9a-f-]{36}$/);
  await page.goto(href!);
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  return href!;
}

test("a counselor searches the library and filters it", async ({ page }) => {
  await signIn(page, demo.maya.email);
  await page.getByRole("navigation", { name: "Main" }).first().getByRole("link", { name: "Library" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Exercise library" })).toBeVisible();
  const exercises = page.getByRole("list", { name: "Exercises" });
  await expect(exercises.getByRole("listitem")).not.toHaveCount(0);

  await page.getByLabel("Search").fill("impact");
  await page.getByRole("button", { name: "Show exercises" }).click();
  await expect(page).toHaveURL(/text=impact/);
  await expect(exercises.getByRole("link", { name: "Impact letter", exact: true })).toBeVisible();
  await expect(exercises.getByRole("link", { name: "Daily trust check-in", exact: true })).toHaveCount(0);

  await page.goto("/library?audience=together&phase=p3");
  await expect(exercises.getByRole("link", { name: "Setback and relapse-prevention plan", exact: true })).toBeVisible();
  await expect(exercises.getByRole("link", { name: "Impact letter", exact: true })).toHaveCount(0);
  await page.getByRole("link", { name: "Clear filters" }).click();
  await expect(page).toHaveURL(/\/library$/);
});

test("a counselor reads who sees each answer and previews the form as each partner", async ({ page }) => {
  await signIn(page, demo.maya.email);
  await page.goto("/library");
  const detail = await openFromLibrary(page, "Daily trust check-in");
  await expect(page.getByText("Safety · author and counselor only").first()).toBeVisible();
  // Assigning starts from here too, with the exercise already chosen.
  await expect(page.getByRole("list", { name: "Assign to a couple" }).getByRole("link", { name: `Assign to ${demo.mayaCouple.displayName}` })).toHaveAttribute(
    "href",
    /\/couples\/[0-9a-f-]{36}\/assign\?template=[0-9a-f-]{36}$/,
  );

  await page.getByRole("link", { name: "Preview as hurt partner" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Preview" })).toBeVisible();
  await expect(page.getByText("How much I trusted my partner today")).toBeVisible();
  await expect(page.getByText("How much I think my partner trusted me today")).toHaveCount(0);

  // The derived answer schema refuses a missing required answer, at that question.
  await page.getByRole("button", { name: "Check answers" }).click();
  const mood = page.getByRole("group", { name: /My mood today/ });
  await expect(mood.getByText("Please choose an answer")).toBeVisible();
  await expect(page.getByText("2 answers need attention before you submit.")).toBeVisible();
  // Focus goes to the first question that needs attention, in reading order.
  await expect(mood.getByRole("radio", { name: "0", exact: true })).toBeFocused();

  await mood.getByText("7", { exact: true }).click();
  await page.getByRole("group", { name: /How much I trusted my partner today/ }).getByText("4", { exact: true }).click();
  // A conditional question appears only once its condition holds.
  await expect(page.getByText("When we talked, I felt heard")).toHaveCount(0);
  await page.getByRole("group", { name: /We talked about my day/ }).getByText("Yes", { exact: true }).click();
  await expect(page.getByRole("group", { name: /When we talked, I felt heard/ })).toBeVisible();
  await page.getByRole("button", { name: "Check answers" }).click();
  await expect(page.getByText("These answers would be accepted. Nothing was saved.")).toBeVisible();

  await page.getByRole("navigation", { name: "Preview as" }).getByRole("link", { name: "As involved partner" }).click();
  await expect(page.getByText("How much I think my partner trusted me today")).toBeVisible();
  await expect(page.getByText("How much I trusted my partner today")).toHaveCount(0);
  await expect(page.getByText("Only your counselor. Your partner never sees this question or your answer.").first()).toBeVisible();

  await page.getByRole("link", { name: "Back to the exercise" }).click();
  await expect(page).toHaveURL(new RegExp(`${detail}$`));
});

test("a counselor duplicates a built-in, edits a field in the builder and saves a new version", async ({ page }) => {
  await signIn(page, demo.maya.email);
  await page.goto("/library");
  await openFromLibrary(page, "Appreciation and turning-toward log");
  await page.getByRole("button", { name: "Duplicate to adapt" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Edit exercise" })).toBeVisible();
  const copyId = new URL(page.url()).pathname.split("/")[2]!;

  const builder = page.getByRole("form", { name: "Exercise" });
  await expect(builder.getByLabel("Title", { exact: true })).toHaveValue("Appreciation and turning-toward log (adapted)");
  const first = builder.getByRole("region", { name: /^Section 1/ }).getByRole("list", { name: "Fields in section 1" }).locator(":scope > li").first();
  await first.getByRole("button", { expanded: false }).first().click();
  const label = first.getByLabel("Label", { exact: true }).first();
  await label.fill("One thing I valued about you today");
  await builder.getByRole("button", { name: "Save as version 2" }).click();

  await expect(page).toHaveURL(new RegExp(`/library/${copyId}\\?saved=2$`));
  await expect(page.getByText("Saved as version 2.")).toBeVisible();
  await expect(page.getByText("One thing I valued about you today", { exact: true })).toBeVisible();
  // Version 1 is still there, unchanged.
  await page.getByRole("list", { name: "Versions" }).getByRole("link", { name: "Version 1" }).click();
  await expect(page.getByText("You are reading version 1, an earlier version.")).toBeVisible();
  await expect(page.getByText("One thing I valued about you today", { exact: true })).toHaveCount(0);
});

test("an instrument import is refused with the exact path of each problem", async ({ page }) => {
  await signIn(page, demo.maya.email);
  await page.goto("/library/import");
  await page.getByLabel("Definition", { exact: true }).fill(JSON.stringify({ title: "Scale", phase: "p0", audience: "each", sections: [] }));
  await page.getByRole("button", { name: "Check and import" }).click();
  const alert = page.getByRole("alert").filter({ hasText: "Nothing was imported" });
  await expect(alert).toContainText("sections: Add at least one section");
  await expect(alert).toBeFocused();
  // Typing again keeps focus where it is.
  await page.getByLabel("Definition", { exact: true }).press("End");
  await page.getByLabel("Definition", { exact: true }).pressSequentially(" ");
  await expect(page.getByLabel("Definition", { exact: true })).toBeFocused();
  await expect(page).toHaveURL(/\/library\/import$/);
});
