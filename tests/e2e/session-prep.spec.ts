import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { demo, signIn } from "./support";

// Hartley & Osei's history is written by the demo seed (server/services/demo/demo-stories.ts);
// only this spec writes to that couple, so its numbers are known.
const HARTLEY = "Hartley & Osei";

function seriousViolations(results: Awaited<ReturnType<AxeBuilder["analyze"]>>) {
  return results.violations
    .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
    .map((violation) => `${violation.id} (${violation.impact}): ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`);
}

test("a counselor prepares a session: attention order, completion, trends, discrepancies, notes and agenda that survive a reload, print view", async ({ page }) => {
  test.setTimeout(90_000);
  await signIn(page, demo.maya.email);
  const couples = page.getByRole("list", { name: "Couples" });
  // The couple with an open safety flag comes first, and the row says why (a count, never content).
  const first = couples.getByRole("listitem").first();
  await expect(first).toContainText(HARTLEY);
  await expect(first).toContainText("1 open safety flag");
  await expect(first).toContainText("9 of 11 done · 1 late · 2 still open");
  await expect(first).toContainText("6 of 10 done · 2 missed · 2 still open");
  expect(seriousViolations(await new AxeBuilder({ page }).analyze())).toEqual([]);

  await first.getByRole("link").first().click();
  await expect(page.getByRole("heading", { level: 1, name: `Session prep: ${HARTLEY}` })).toBeVisible();
  await expect(page.getByText(/^Since the last session on /)).toBeVisible();

  const homework = page.getByRole("region", { name: "Homework since the last session" });
  // Per partner, the daily check-in since the last session: Grace sent every day (one late), Daniel missed two.
  await expect(homework.getByText(/^7 of 8 done · 1 late · 1 still open · on time 86%/)).toBeVisible();
  await expect(homework.getByText(/^5 of 8 done · 2 missed · 1 still open · on time 71%/)).toBeVisible();

  const trends = page.getByRole("region", { name: "Trends" });
  const pulse = trends.getByRole("article", { name: /Trust pulse/ });
  await expect(pulse.locator(".recharts-line")).toHaveCount(2);
  await expect(pulse.getByText(/Deteriorating: 2 points lower than the first answer/)).toBeVisible();

  const discrepancies = page.getByRole("region", { name: "Discrepancies" });
  await expect(discrepancies.getByRole("heading", { name: "Trust moving in opposite directions" })).toBeVisible();
  const discuss = page.getByRole("region", { name: "To discuss" });
  await expect(discuss.getByText("Question held for the session", { exact: true })).toBeVisible();
  await expect(discuss.getByText(/My question: What did you tell yourself to make it feel acceptable at the time\?/)).toBeVisible();
  expect(seriousViolations(await new AxeBuilder({ page }).analyze())).toEqual([]);

  // A private note autosaves; an agenda item is edited and saved.
  const tag = Date.now().toString(36);
  const note = page.getByLabel("Notes for this session");
  await note.fill(`Ask about the week of the missed check-ins ${tag}`);
  await expect(page.getByRole("status").filter({ hasText: /Saved at \d/ })).toBeVisible();
  const agenda = page.getByRole("region", { name: "Agenda" });
  await agenda.getByLabel("Agenda item 1", { exact: true }).fill(`Safety first ${tag}`);
  await agenda.getByRole("button", { name: "Save agenda" }).click();
  await expect(agenda.getByText("Agenda saved.")).toBeVisible();

  await page.reload();
  await expect(page.getByLabel("Notes for this session")).toHaveValue(`Ask about the week of the missed check-ins ${tag}`);
  await expect(page.getByRole("region", { name: "Agenda" }).getByLabel("Agenda item 1", { exact: true })).toHaveValue(`Safety first ${tag}`);

  // Print: the confidentiality line shows, the controls don't; private notes only when asked for, as text.
  const printedNote = page.locator("div").filter({ hasText: new RegExp(`^Ask about the week of the missed check-ins ${tag}$`) });
  await page.emulateMedia({ media: "print" });
  await expect(page.getByText("Counselor only — confidential")).toBeVisible();
  await expect(page.getByRole("button", { name: "Save agenda" })).toBeHidden();
  await expect(page.getByRole("region", { name: /Private session notes/ })).toBeHidden();
  await page.emulateMedia({ media: "screen" });
  await page.getByLabel("Include my private notes").check();
  await page.emulateMedia({ media: "print" });
  await expect(page.getByLabel("Notes for this session")).toBeHidden();
  await expect(printedNote).toBeVisible();
});

test("a partner never reaches the prep view or its procedures", async ({ page }) => {
  await signIn(page, demo.maya.email);
  const href = await page.getByRole("list", { name: "Couples" }).getByRole("link", { name: new RegExp(HARTLEY) }).first().getAttribute("href");
  const coupleId = href!.split("/")[2]!;
  await page.context().clearCookies();

  await signIn(page, "grace@clients.example");
  const response = await page.goto(`/couples/${coupleId}/prep`);
  await expect(page.getByRole("heading", { name: "We couldn't find that page" })).toBeVisible();
  expect(await response?.text()).not.toContain("Notes for this session");
  const api = await page.request.get(`/api/trpc/prep.couple?input=${encodeURIComponent(JSON.stringify({ json: { coupleId } }))}`);
  expect(api.status()).toBe(403);
});
