import { expect, test } from "@playwright/test";
import { demo, signIn } from "./support";

test("a partner lands on Today with an explanation of what will appear", async ({ page }) => {
  await signIn(page, demo.partner.email);
  await expect(page).toHaveURL(/\/today$/);
  await expect(page.getByRole("heading", { name: "Hello, Alex" })).toBeVisible();
  await expect(page.getByText("Nothing to do today")).toBeVisible();
  await expect(page.getByText(/When Maya Chen gives you an exercise/)).toBeVisible();
  await expect(page.getByRole("button", { name: "Quick exit" })).toBeVisible();
});

test("a partner typing a counselor or admin address gets a not-found page", async ({ page }) => {
  await signIn(page, demo.partner.email);
  for (const path of ["/caseload", "/couples/new", "/practice"]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
    await expect(page.getByRole("heading", { name: "We couldn't find that page" })).toBeVisible();
  }
});

test("a partner calling a counselor procedure directly is refused", async ({ page }) => {
  await signIn(page, demo.partner.email);
  const response = await page.request.get("/api/trpc/couple.list");
  expect(response.status()).toBe(403);
  const body = await response.text();
  expect(body).not.toContain(demo.mayaCouple.displayName);
});
