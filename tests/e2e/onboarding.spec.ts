import { expect, test, type Browser, type Page } from "@playwright/test";
import { demo, signedIn, trpc } from "./support";

const newPassword = "plum orchard lantern 2026";

// Several browsers, Argon2 hashing for each new password, and the mail job's one-second polling.
test.describe.configure({ timeout: 120_000 });

/**
 * Opens the newest email to `to` with this subject in the development outbox. The mail
 * job runs in the server and polls every second, so the page is reloaded until it shows.
 */
async function openEmail(page: Page, to: string, subject: string) {
  await page.goto("/dev/outbox");
  const message = page.getByRole("list", { name: "Emails, newest first" }).getByRole("link").filter({ hasText: subject }).filter({ hasText: `to ${to}` }).first();
  await expect(async () => {
    await page.reload();
    await expect(message).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 20_000 });
  await message.click();
  await expect(page.getByRole("heading", { name: subject })).toBeVisible();
}

/** As the partner, in a browser of their own: the invitation from the outbox, a password, and on to /welcome. */
async function acceptInvitation(browser: Browser, email: string): Promise<{ page: Page; inviteUrl: string }> {
  const page = await (await browser.newContext()).newPage();
  await openEmail(page, email, "Your Trellis invitation");
  await page.getByRole("article", { name: "Message" }).getByRole("link").click();
  await expect(page.getByRole("heading", { name: "Welcome to Trellis" })).toBeVisible();
  await expect(page.getByText(email)).toBeVisible();
  const inviteUrl = page.url();
  await page.getByLabel("Choose a password", { exact: true }).fill(newPassword);
  await page.getByLabel("Type it again", { exact: true }).fill(newPassword);
  await page.getByRole("button", { name: "Set password and continue" }).click();
  await expect(page).toHaveURL(/\/welcome$/);
  return { page, inviteUrl };
}

test("a counselor adds a couple with invitations; each partner joins from the outbox and lands on Today", async ({ browser }) => {
  const tag = Date.now().toString(36);
  const emails = [`ines-${tag}@clients.example`, `tomas-${tag}@clients.example`];
  const maya = await signedIn(browser, demo.maya.email);
  await maya.getByRole("link", { name: "New couple" }).click();
  await maya.getByLabel("Name on your caseload").fill(`Duarte & Lind ${tag}`);
  const first = maya.getByRole("group", { name: "Partner 1" });
  const second = maya.getByRole("group", { name: "Partner 2" });
  await first.getByLabel("Name").fill("Inês Duarte");
  await first.getByLabel("Email").fill(emails[0]!);
  await first.getByLabel("Role in the repair").selectOption("hurt");
  await second.getByLabel("Name").fill("Tomas Lind");
  await second.getByLabel("Email").fill(emails[1]!);
  await second.getByLabel("Role in the repair").selectOption("involved");
  await expect(maya.getByLabel("Send both invitations now")).toBeChecked();
  await maya.getByRole("button", { name: "Add couple" }).click();
  await expect(maya.getByText("each partner has been emailed an invitation", { exact: false })).toBeVisible();
  await expect(maya.getByText("Invitation sent", { exact: true })).toHaveCount(2);

  for (const email of emails) {
    const { page: partner, inviteUrl } = await acceptInvitation(browser, email);
    await partner.getByRole("checkbox").check();
    await partner.getByRole("button", { name: "Continue" }).click();
    await expect(partner).toHaveURL(/\/today$/);
    await expect(partner.getByRole("heading", { level: 1 })).toBeVisible();
    // The link worked once: opening it again says so calmly.
    await partner.goto(inviteUrl);
    await expect(partner.getByRole("heading", { name: "This invitation has been used" })).toBeVisible();
    await partner.context().close();
  }

  await maya.reload();
  await expect(maya.getByText("Active", { exact: true })).toHaveCount(2);
});

test("a partner resets a forgotten password from the sign-in page through the outbox, then signs in with it", async ({ browser }) => {
  const tag = Date.now().toString(36);
  const email = `rosa-${tag}@clients.example`;
  const maya = await signedIn(browser, demo.maya.email);
  await trpc(maya.request, "couple.create", {
    displayName: `Okoro & Vidal ${tag}`,
    timeZone: "Europe/Madrid",
    secretsPolicy: "limited_secrets",
    sendInvitations: true,
    partners: [
      { displayName: "Rosa Vidal", email, label: "hurt" },
      { displayName: "Femi Okoro", email: `femi-${tag}@clients.example`, label: "involved" },
    ],
  });
  await (await acceptInvitation(browser, email)).page.context().close();

  const page = await (await browser.newContext()).newPage();
  await page.goto("/login");
  await page.getByRole("link", { name: "Forgot your password?" }).click();
  // The sign-in form has an Email field too: wait for the new page before typing.
  await expect(page.getByRole("heading", { name: "Reset your password" })).toBeVisible();
  await page.getByLabel("Email").fill(email);
  await page.getByRole("button", { name: "Email me a reset link" }).click();
  await expect(page.getByText(`If ${email} belongs to a Trellis account`)).toBeVisible();

  await openEmail(page, email, "Reset your Trellis password");
  await page.getByRole("article", { name: "Message" }).getByRole("link").click();
  await expect(page.getByRole("heading", { name: "Choose a new password" })).toBeVisible();
  const replacement = "quiet harbour morning 88";
  await page.getByLabel("New password", { exact: true }).fill(replacement);
  await page.getByLabel("Type it again", { exact: true }).fill(replacement);
  await page.getByRole("button", { name: "Set new password" }).click();
  await page.getByRole("link", { name: "Sign in with your new password" }).click();
  await expect(page.getByRole("heading", { name: "Sign in" })).toBeVisible();

  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password", { exact: true }).fill(replacement);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/welcome$/);
});
