import { randomUUID } from "node:crypto";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { everyClassTextDefinition } from "../support/canary";
import { assignDueToday, cspViolations, demo, signIn, taskDueToday, watchCspViolations } from "./support";

// security.md E5: partner-written words reach the counselor's pages, which hold more,
// and the other partner's. Chidi answers a fixture exercise (one text question of every
// visibility class) with markup in every field; wherever the words are shown they must
// be text. React's escaping is the first line (no element is ever made from them); the
// CSP is the second (an inline handler would not run, and would be reported).

const [chidi, erik] = demo.samuelCouple.partners;

const PAYLOADS = {
  view: `"><svg onload=window.__xss=1>`,
  shared: `<img src=x onerror="window.__xss=1"> javascript:window.__xss=1`,
  // The crisis words make a safety flag whose excerpt the prep view quotes.
  counselor: `<script>window.__xss=1</script> I keep wanting to hurt myself <img src=x onerror=alert(1)>`,
  letter: `<a href="javascript:window.__xss=1">javascript:window.__xss=1</a>`,
  safety: `"><svg onload=alert(document.domain)>`,
};

interface Watched {
  page: Page;
  dialogs: string[];
  close(): Promise<void>;
}

async function watched(browser: Browser, email: string): Promise<Watched> {
  const context = await browser.newContext();
  await watchCspViolations(context);
  const page = await context.newPage();
  const dialogs: string[] = [];
  page.on("dialog", (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await signIn(page, email);
  return { page, dialogs, close: () => context.close() };
}

/** The words are on the page as text, and nothing they contain became an element or ran. */
async function expectInert({ page, dialogs }: Watched, shown: string[]) {
  for (const text of shown) await expect(page.getByText(text, { exact: false }).first()).toBeVisible();
  expect(await page.locator('img[src="x"], svg[onload], [onerror], [onload], a[href^="javascript:"]').count()).toBe(0);
  const scripts = await page.locator("script").evaluateAll((elements) => elements.filter((element) => element.textContent?.includes("__xss") && !element.textContent.includes("self.__next_f")).length);
  expect(scripts).toBe(0);
  expect(await page.evaluate(() => (window as unknown as { __xss?: unknown }).__xss)).toBeUndefined();
  expect(dialogs).toEqual([]);
  expect(await cspViolations(page)).toEqual([]);
}

test("markup in a partner's answers stays text for the counselor (answers, prep, access log) and for the other partner", async ({ browser }) => {
  test.setTimeout(120_000);
  const title = `Markup probe ${randomUUID().slice(0, 8)}`;
  const samuel = await watched(browser, demo.samuel.email);
  const coupleId = await assignDueToday(samuel.page, demo.samuelCouple.displayName, everyClassTextDefinition(title));

  // Chidi writes markup in every field, through the real form.
  const author = await watched(browser, chidi.email);
  const taskId = await taskDueToday(author.page, title);
  await author.page.goto(`/tasks/${taskId}`);
  await expect(author.page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await author.page.getByLabel("How today looked to me").fill(PAYLOADS.view);
  await author.page.getByLabel("For both of us").fill(PAYLOADS.shared);
  await author.page.getByLabel("For my counselor").fill(PAYLOADS.counselor);
  await author.page.getByLabel("Letter").fill(PAYLOADS.letter);
  await author.page.getByLabel("Safety note").fill(PAYLOADS.safety);
  await expect(author.page.locator("[data-save-state]")).toHaveAttribute("data-save-state", "saved");
  await author.page.getByRole("button", { name: "Submit", exact: true }).click();
  await expect(author.page.getByText(/^Submitted on /)).toBeVisible();
  await author.page.goto(`/tasks/${taskId}`);
  await expectInert(author, Object.values(PAYLOADS));

  // Samuel: the answers, the prep view (the flag quotes the words), the access log.
  await samuel.page.goto(`/couples/${coupleId}/answers/${taskId}`);
  await expect(samuel.page.getByRole("region", { name: chidi.displayName, exact: true })).toBeVisible();
  await expectInert(samuel, Object.values(PAYLOADS));
  await samuel.page.goto(`/couples/${coupleId}/prep`);
  await expect(samuel.page.getByRole("heading", { level: 1, name: /^Session prep/ })).toBeVisible();
  await expectInert(samuel, ["<script>window.__xss=1</script> I keep wanting to hurt myself"]);
  await samuel.page.goto(`/couples/${coupleId}/access`);
  await expect(samuel.page.getByRole("heading", { level: 1, name: "Access log" })).toBeVisible();
  await expectInert(samuel, []);

  // Erik: what Chidi shared, on Today and beside his own task.
  const partner = await watched(browser, erik.email);
  const sharedWithYou = partner.page.getByRole("region", { name: "Shared with you" });
  const item = sharedWithYou.locator("details").filter({ hasText: title });
  await item.locator("summary").click();
  await expectInert(partner, [PAYLOADS.shared]);
  await partner.page.goto(`/tasks/${await taskDueToday(partner.page, title)}`);
  await expect(partner.page.getByRole("region", { name: "From your partner" }).getByText(PAYLOADS.shared)).toBeVisible();
  await expectInert(partner, [PAYLOADS.shared]);
  // The private answers never reached him at all.
  expect(await partner.page.content()).not.toContain("hurt myself");

  await Promise.all([samuel.close(), author.close(), partner.close()]);
});
