import { expect, test } from "@playwright/test";
import { demo, signIn } from "./support";

test("a partner lands on Today with an explanation of what will appear", async ({ page }) => {
  await signIn(page, demo.partner.email);
  await expect(page).toHaveURL(/\/today$/);
  await expect(page.getByRole("heading", { name: "Hello, Alex" })).toBeVisible();
  await expect(page.getByText("Nothing to do today")).toBeVisible();
  await expect(page.getByText(/When Maya Chen gives you an exercise/)).toBeVisible();
  await expect(page.getByRole("button", { name: /Quick exit/ })).toBeVisible();
});

test("a partner typing a counselor or admin address gets a not-found page that keeps the quick exit", async ({ page }) => {
  await signIn(page, demo.partner.email);
  for (const path of ["/caseload", "/couples/new", "/practice"]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
    await expect(page.getByRole("heading", { name: "We couldn't find that page" })).toBeVisible();
    await expect(page.getByRole("button", { name: /Quick exit/ })).toBeVisible();
    await expect(page).toHaveTitle("Page not found · Trellis");
  }
});

test("quick exit leaves for a neutral site, by button or by Escape three times", async ({ page }) => {
  // The neutral site is outside this closed network; answer for it locally.
  await page.route("https://www.weather.com/**", (route) => route.fulfill({ body: "<title>Weather</title>neutral", contentType: "text/html" }));
  await signIn(page, demo.partner.email);
  await page.getByRole("button", { name: /Quick exit/ }).click();
  await expect(page).toHaveURL("https://www.weather.com/");

  // Quick exit does not sign out (yet), so Today opens again directly.
  await page.goto("/today");
  await expect(page.getByRole("heading", { name: "Hello, Alex" })).toBeVisible();
  // Escape that closes a menu does not count.
  await page.getByRole("button", { name: /Account menu/ }).click();
  await page.keyboard.press("Escape");
  await page.keyboard.press("Escape");
  await expect(page).toHaveURL(/\/today/);
  await page.keyboard.press("Escape");
  await page.keyboard.press("Escape");
  await page.keyboard.press("Escape");
  await expect(page).toHaveURL("https://www.weather.com/");
});

test("a partner calling a counselor procedure directly is refused", async ({ page }) => {
  await signIn(page, demo.partner.email);
  const response = await page.request.get("/api/trpc/couple.list");
  expect(response.status()).toBe(403);
  const body = await response.text();
  expect(body).not.toContain(demo.mayaCouple.displayName);
});
