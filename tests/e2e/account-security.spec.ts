import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { totpCodeForStep, totpStepAt } from "@/server/auth/mfa/totp";
import { DEMO_COUPLES } from "@/server/services/demo/demo-data";
import { demo, nextDemoCode, signIn, trpc } from "./support";

// Partners no other spec signs in as, so turning things on and off here can't disturb them.
const daniel = DEMO_COUPLES[3]!.partners[1];
const sam = DEMO_COUPLES[0]!.partners[1];

function seriousViolations(results: Awaited<ReturnType<AxeBuilder["analyze"]>>) {
  return results.violations
    .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
    .map((violation) => `${violation.id} (${violation.impact}): ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`);
}

async function submitPassword(page: Page, email: string, password: string) {
  await page.goto("/login");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password", { exact: true }).fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

test("a counselor's sign-in stops at the code step: nothing opens before it, a wrong code is announced, the demo hint shows", async ({ page }) => {
  await submitPassword(page, demo.maya.email, demo.password);
  await expect(page).toHaveURL(/\/login\/two-factor$/);
  await expect(page.getByRole("heading", { name: "Enter your code" })).toBeVisible();
  await expect(page.getByText(/Demo practice:/)).toBeVisible();
  expect(seriousViolations(await new AxeBuilder({ page }).analyze())).toEqual([]);

  // The password alone opens nothing: pages go back to the code step, procedures refuse.
  await page.goto("/caseload");
  await expect(page).toHaveURL(/\/login\/two-factor$/);
  const refused = await page.request.get("/api/trpc/couple.list");
  expect(refused.status()).toBe(401);

  await page.getByLabel("6-digit code").fill("000000");
  await page.getByRole("button", { name: "Verify" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Please correct the highlighted fields." })).toBeVisible();
  await expect(page.getByText(/That code didn't work/)).toBeVisible();
  await expect(page.getByLabel("6-digit code")).toBeFocused();

  await page.getByLabel("6-digit code").fill(await nextDemoCode(demo.maya.email));
  await page.getByRole("button", { name: "Verify" }).click();
  await expect(page).toHaveURL(/\/caseload$/);
  await expect(page.getByRole("link", { name: "Account" }).first()).toBeVisible();
});

test("a partner turns on two-step verification, signs in with a recovery code, and turns it off again", async ({ page }) => {
  test.setTimeout(60_000);
  await signIn(page, daniel.email);
  await page.getByRole("link", { name: "Account" }).first().click();
  await expect(page.getByRole("heading", { name: "Your account" })).toBeVisible();
  expect(seriousViolations(await new AxeBuilder({ page }).analyze())).toEqual([]);
  await page.getByRole("link", { name: /Two-step verification/ }).click();

  await page.getByLabel("Your password").fill(demo.password);
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page.getByRole("img", { name: "QR code that adds Trellis to an authenticator app" })).toBeVisible();
  // An app set up by typing the key by hand.
  const key = (await page.getByText(/^([A-Z2-7]{4} ){7}[A-Z2-7]{4}$/).textContent())!.replace(/\s/g, "");
  const setupStep = totpStepAt(new Date());
  await page.getByLabel("The 6-digit code your app now shows").fill(await totpCodeForStep(key, setupStep));
  await page.getByRole("button", { name: "Turn on two-step verification" }).click();

  const codes = page.getByRole("list", { name: "Recovery codes" }).getByRole("listitem");
  await expect(codes).toHaveCount(10);
  const recoveryCode = (await codes.first().textContent())!;
  expect(seriousViolations(await new AxeBuilder({ page }).analyze())).toEqual([]);
  await page.getByRole("button", { name: "I've saved my codes" }).click();
  await expect(page.getByRole("heading", { name: "Recovery codes" })).toBeVisible();
  await expect(page.getByText("You have 10 unused recovery codes.", { exact: false })).toBeVisible();

  // A new sign-in needs the second step; the recovery code stands in for the app.
  await page.context().clearCookies();
  await submitPassword(page, daniel.email, demo.password);
  await expect(page).toHaveURL(/\/login\/two-factor$/);
  // Daniel's account is in the demo practice too, so it gets the hint (real practices never do: tests/int/auth/two-factor.int.test.ts).
  await expect(page.getByText(/Demo practice:/)).toBeVisible();
  await page.getByRole("button", { name: "Use a recovery code instead" }).click();
  await expect(page.getByLabel("Recovery code")).toBeFocused();
  await page.getByLabel("Recovery code").fill(recoveryCode.toLowerCase());
  await page.getByRole("button", { name: "Verify" }).click();
  await expect(page).toHaveURL(/\/today$/);

  await page.goto("/account/two-factor");
  await expect(page.getByText("You have 9 unused recovery codes.", { exact: false })).toBeVisible();
  await page.getByRole("button", { name: "Turn off…" }).click();
  await page.getByLabel("Your password").fill(demo.password);
  await page.getByLabel("Code from your authenticator app").fill(await totpCodeForStep(key, setupStep + 1));
  await page.getByRole("button", { name: "Turn off two-step verification" }).click();
  await expect(page.getByRole("button", { name: "Continue" })).toBeVisible();

  await page.context().clearCookies();
  await signIn(page, daniel.email);
  await expect(page).toHaveURL(/\/today$/);
});

test("changing the password keeps this browser signed in, signs out the other, and refuses a leaked password first", async ({ browser }) => {
  const laptop = await (await browser.newContext()).newPage();
  const phone = await (await browser.newContext()).newPage();
  await signIn(laptop, sam.email);
  await signIn(phone, sam.email);

  await laptop.goto("/account/password");
  expect(seriousViolations(await new AxeBuilder({ page: laptop }).analyze())).toEqual([]);
  await laptop.getByLabel("Current password").fill(demo.password);
  await laptop.getByLabel("New password").fill("iloveyou1");
  await laptop.getByRole("button", { name: "Change password" }).click();
  await expect(laptop.getByText("That password appears in lists of leaked passwords", { exact: false })).toBeVisible();

  const replacement = "river stones warm in the sun";
  await laptop.getByLabel("New password").fill(replacement);
  await laptop.getByRole("button", { name: "Change password" }).click();
  await expect(laptop.getByRole("status").filter({ hasText: "Your password is changed." })).toContainText("One other device was signed out.");

  await phone.goto("/today");
  await expect(phone).toHaveURL(/\/login/);
  await laptop.goto("/today");
  await expect(laptop.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(laptop).toHaveURL(/\/today$/);

  await signIn(phone, sam.email, replacement);
  // Back to the demo password, for anyone signing in as Sam after this run.
  await phone.goto("/account/password");
  await phone.getByLabel("Current password").fill(replacement);
  await phone.getByLabel("New password").fill(demo.password);
  await phone.getByRole("button", { name: "Change password" }).click();
  await expect(phone.getByText("Your password is changed.")).toBeVisible();
});

test("signing in again over an unsaved session note includes the code step, in the dialog, and the note saves", async ({ page }) => {
  test.setTimeout(60_000);
  await signIn(page, demo.maya.email);
  const couples = await trpc<{ id: string; displayName: string }[]>(page.request, "couple.list", undefined, "query");
  const hartley = couples.find((couple) => couple.displayName === DEMO_COUPLES[3]!.displayName)!;
  await page.goto(`/couples/${hartley.id}/prep`);
  const note = page.getByLabel("Notes for this session");
  await expect(note).toBeVisible();

  // The sign-in ends behind the page's back (as on another device's "sign out everywhere").
  await trpc(page.request, "account.signOut");
  const text = `Raise the missed check-ins ${Date.now().toString(36)}`;
  await note.fill(text);
  await page.getByRole("button", { name: "Sign in to save" }).click();
  const dialog = page.getByRole("dialog", { name: "Sign in again" });
  await dialog.getByLabel("Email").fill(demo.maya.email);
  await dialog.getByLabel("Password", { exact: true }).fill(demo.password);
  await dialog.getByRole("button", { name: "Sign in" }).click();
  await dialog.getByLabel("6-digit code").fill(await nextDemoCode(demo.maya.email));
  await dialog.getByRole("button", { name: "Verify" }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole("status").filter({ hasText: /Saved at / })).toBeVisible();
  await expect(note).toHaveValue(text);
  await page.reload();
  await expect(page.getByLabel("Notes for this session")).toHaveValue(text);
});
