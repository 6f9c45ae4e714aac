import { expect, test } from "@playwright/test";
import { demo, signIn } from "./support";

test("a counselor sees only their own couples", async ({ page }) => {
  await signIn(page, demo.maya.email);
  const couples = page.getByRole("list", { name: "Couples" });
  await expect(couples.getByRole("link", { name: /Rivera & Brooks/ })).toBeVisible();
  await expect(couples.getByRole("link", { name: /Nguyen & Patel/ })).toBeVisible();
  await expect(page.getByText(demo.samuelCouple.displayName)).toHaveCount(0);
});

test("a counselor creates a couple, with field errors first", async ({ page }) => {
  const tag = Date.now().toString(36);
  await signIn(page, demo.maya.email);
  await page.getByRole("link", { name: "New couple" }).click();
  await expect(page.getByRole("heading", { name: "New couple" })).toBeVisible();

  await page.getByRole("button", { name: "Add couple" }).click();
  await expect(page.getByText("Give the couple a name for your caseload")).toBeVisible();
  await expect(page.getByText("Enter a name")).toHaveCount(2);
  await expect(page.getByText("Choose how this partner is involved")).toHaveCount(2);
  // Focus goes to the first field that needs attention.
  await expect(page.getByLabel("Name on your caseload")).toBeFocused();

  await page.getByLabel("Name on your caseload").fill(`Moreau & Haddad ${tag}`);
  await page.getByLabel("Time zone").selectOption("Europe/Paris");
  await page.getByRole("radio", { name: /No secrets/ }).click();
  const first = page.getByRole("group", { name: "Partner 1" });
  const second = page.getByRole("group", { name: "Partner 2" });
  await first.getByLabel("Name").fill("Camille Moreau");
  await first.getByLabel("Email").fill(`camille-${tag}@clients.example`);
  await first.getByLabel("Role in the repair").selectOption("hurt");
  await second.getByLabel("Name").fill("Yusuf Haddad");
  await second.getByLabel("Role in the repair").selectOption("involved");
  // An address that already has an account is caught by the server and shown on its field.
  await second.getByLabel("Email").fill(demo.partner.email);
  await page.getByRole("button", { name: "Add couple" }).click();
  await expect(second.getByText("This email can't be used for a new partner account.", { exact: false })).toBeVisible();
  await expect(second.getByLabel("Email")).toBeFocused();

  await second.getByLabel("Email").fill(`yusuf-${tag}@clients.example`);
  await page.getByRole("button", { name: "Add couple" }).click();

  await expect(page.getByRole("heading", { name: `Moreau & Haddad ${tag}` })).toBeVisible();
  await expect(page.getByText("Couple added.")).toBeVisible();
  // The confirmation is not repeated on reload.
  await expect(page).not.toHaveURL(/created=/);
  await expect(page.getByText("No secrets", { exact: true })).toBeVisible();
  await expect(page.getByText("Camille Moreau")).toBeVisible();

  await page.getByRole("link", { name: "Caseload" }).first().click();
  await expect(page.getByRole("link", { name: new RegExp(`Moreau & Haddad ${tag}`) })).toBeVisible();
});

test("another counselor's couple is a not-found page, not a forbidden one", async ({ page }) => {
  await signIn(page, demo.samuel.email);
  const ownCoupleUrl = await page.getByRole("link", { name: /Okafor & Lindqvist/ }).getAttribute("href");
  expect(ownCoupleUrl).toMatch(/^\/couples\/[0-9a-f-]{36}\/prep$/);
  await page.getByRole("button", { name: `Account menu for ${demo.samuel.displayName}` }).click();
  await page.getByRole("menuitem", { name: "Sign out", exact: true }).click();
  await expect(page).toHaveURL(/\/login/);

  await signIn(page, demo.maya.email);
  // The page streams behind its loading skeleton, so Next answers 200 and renders the
  // not-found page in place; what matters is that nothing of the couple is sent.
  const response = await page.goto(ownCoupleUrl!);
  await expect(page.getByRole("heading", { name: "We couldn't find that page" })).toBeVisible();
  expect(await response?.text()).not.toContain(demo.samuelCouple.displayName);
  await expect(page.getByText(demo.samuelCouple.displayName)).toHaveCount(0);

  const coupleId = ownCoupleUrl!.split("/")[2]!;
  const api = await page.request.get(`/api/trpc/couple.get?input=${encodeURIComponent(JSON.stringify({ json: { coupleId } }))}`);
  expect(api.status()).toBe(404);
  expect(await api.text()).not.toContain(demo.samuelCouple.displayName);
});
