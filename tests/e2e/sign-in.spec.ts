import { expect, test } from "@playwright/test";
import { demo, enterTwoFactorCode, signIn } from "./support";

test("signed-out visitors are sent to sign in", async ({ page }) => {
  await page.goto("/caseload");
  await expect(page).toHaveURL(/\/login/);
  await expect(page.getByRole("heading", { name: "Sign in" })).toBeVisible();
});

test("a wrong password gets the same generic message as an unknown email, and focus returns to the password", async ({ page }) => {
  await page.goto("/login");
  for (const email of [demo.maya.email, "nobody@clients.example"]) {
    await page.getByLabel("Email").fill(email);
    await page.getByLabel("Password", { exact: true }).fill("not-the-password");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByText("That email and password don't match an account. Check both and try again.")).toBeVisible();
    await expect(page.getByLabel("Password", { exact: true })).toBeFocused();
  }
  await expect(page).toHaveURL(/\/login/);
});

test("a return address pointing at another site is ignored after signing in", async ({ page }) => {
  await page.goto("/login?callbackUrl=%2F%5Cevil.example");
  await page.getByLabel("Email").fill(demo.maya.email);
  await page.getByLabel("Password", { exact: true }).fill(demo.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await enterTwoFactorCode(page, demo.maya.email);
  await expect(page).toHaveURL("/caseload");
});

test("the form explains what is missing before anything is sent", async ({ page }) => {
  await page.goto("/login");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByText("Enter an email address")).toBeVisible();
  await expect(page.getByText("Enter your password")).toBeVisible();
});

test("each role lands on its own start page", async ({ page, context }) => {
  await signIn(page, demo.maya.email);
  await expect(page).toHaveURL(/\/caseload$/);
  await context.clearCookies();

  await signIn(page, demo.partner.email);
  await expect(page).toHaveURL(/\/today$/);
  await context.clearCookies();

  await signIn(page, demo.admin.email);
  await expect(page).toHaveURL(/\/practice$/);
  await expect(page.getByRole("list", { name: "Counselors in your practice" }).getByText("Maya Chen", { exact: true })).toBeVisible();
});

test("signing out ends the session on the server: a copied cookie no longer works", async ({ page, browser }) => {
  await signIn(page, demo.maya.email);
  const copiedCookies = await page.context().cookies();
  await page.getByRole("button", { name: `Account menu for ${demo.maya.displayName}` }).click();
  await page.getByRole("menuitem", { name: "Sign out", exact: true }).click();
  await expect(page).toHaveURL(/\/login/);
  await page.goto("/caseload");
  await expect(page).toHaveURL(/\/login/);

  const replay = await browser.newContext();
  await replay.addCookies(copiedCookies);
  const replayPage = await replay.newPage();
  await replayPage.goto("/caseload");
  await expect(replayPage).toHaveURL(/\/login/);
  await replay.close();
});

test("signing out on all devices ends the other browser's session too", async ({ browser }) => {
  const laptop = await browser.newContext();
  const phone = await browser.newContext();
  const laptopPage = await laptop.newPage();
  const phonePage = await phone.newPage();
  await signIn(laptopPage, demo.samuel.email);
  await signIn(phonePage, demo.samuel.email);

  await laptopPage.getByRole("button", { name: `Account menu for ${demo.samuel.displayName}` }).click();
  await laptopPage.getByRole("menuitem", { name: "Sign out on all devices" }).click();
  await expect(laptopPage).toHaveURL(/\/login/);

  await phonePage.goto("/caseload");
  await expect(phonePage).toHaveURL(/\/login/);
  await laptop.close();
  await phone.close();
});
