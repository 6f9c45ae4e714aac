import { expect, test, type Page } from "@playwright/test";
import { todayIn } from "@/db/schema/_shared/calendar";
import { demo, signedIn, trpc } from "./support";

// Moreno & Tan (demo data): only this spec assigns them the private safety check-in.
const COUPLE = "Moreno & Tan";
const CHECK_IN = "Private check-in: safety and wellbeing";



async function choose(page: Page, question: RegExp, answer: string) {
  await page.getByRole("group", { name: question }).getByText(answer, { exact: true }).click();
  await expect(page.getByRole("group", { name: question }).getByRole("radio", { name: answer, exact: true })).toBeChecked();
}

test("a fear answer shows its author where to get help, raises a counselor-only flag the counselor acknowledges, and the other partner sees no trace", async ({ browser }) => {
  test.setTimeout(90_000);
  const maya = await signedIn(browser, demo.maya.email);
  const href = await maya.getByRole("list", { name: "Couples" }).getByRole("link", { name: new RegExp(COUPLE) }).getAttribute("href");
  const coupleId = href!.split("/")[2]!;
  const library = await trpc<{ templates: { id: string; title: string }[] }>(maya.request, "library.list", {}, "query");
  const templateId = library.templates.find((template) => template.title === CHECK_IN)!.id;
  const today = todayIn("America/New_York");
  await trpc(maya.request, "assignment.create", { coupleId, templateId, audience: "each", startsOn: today, schedule: { kind: "once", dueOn: today }, noteToCouple: "", visibilityOverrides: {} });

  const lucia = await signedIn(browser, "lucia@clients.example");
  await lucia.getByRole("link", { name: new RegExp(CHECK_IN) }).first().click();
  await expect(lucia.getByRole("heading", { level: 1, name: CHECK_IN })).toBeVisible();
  await choose(lucia, /^I feel afraid of my partner/, "Yes");
  await choose(lucia, /^How often I feel afraid of my partner/, "Sometimes");
  await choose(lucia, /^I can use this app without my partner seeing/, "Yes");
  await choose(lucia, /^Over the past two weeks, how well I've been sleeping/, "5");
  await choose(lucia, /^In the past month, I have wished I were no longer alive/, "No");
  await choose(lucia, /^In the past month, I have had thoughts of ending my life/, "No");
  await choose(lucia, /^In the past month, I have had thoughts of seriously hurting/, "No");
  await lucia.getByRole("button", { name: "Submit" }).click();
  // Where to get help, at once, and plainly that nobody is watching in real time.
  await expect(lucia.getByRole("heading", { name: "Help is available now" })).toBeVisible();
  await expect(lucia.getByText(/not monitored around the clock/)).toBeVisible();
  // And one tap away on every partner page.
  await lucia.getByRole("link", { name: "Get help" }).first().click();
  await expect(lucia.getByRole("heading", { level: 1, name: "Help is available now" })).toBeVisible();

  // The counselor: the couple now needs attention first-hand, and the flag reads in the prep view.
  await maya.goto("/caseload");
  const row = maya.getByRole("list", { name: "Couples" }).getByRole("listitem").filter({ hasText: COUPLE });
  await expect(row).toContainText("1 open safety flag");
  await expect(row).not.toContainText("Afraid of partner");
  await maya.goto(`/couples/${coupleId}/prep`);
  const safety = maya.getByRole("region", { name: /^Safety/ });
  await expect(safety.getByText("Afraid of partner", { exact: true })).toBeVisible();
  await safety.getByRole("button", { name: "Acknowledge…" }).click();
  await safety.getByLabel("What you did").fill("Called Lucia; safety plan reviewed");
  await safety.getByRole("button", { name: "Acknowledge flag" }).click();
  await expect(safety.getByText("Action taken: Called Lucia; safety plan reviewed")).toBeVisible();

  // The other partner: nothing about the flag, the answer or the acknowledgement, anywhere.
  const wei = await signedIn(browser, "wei@clients.example");
  for (const path of ["/today", "/help"]) {
    const response = await wei.goto(path);
    const html = await response!.text();
    for (const secret of ["Afraid of partner", "safety plan reviewed", "Sometimes"]) expect(html).not.toContain(secret);
  }
  const weiTask = wei.getByRole("link", { name: new RegExp(CHECK_IN) }).first();
  await wei.goto("/today");
  await weiTask.click();
  await expect(wei.getByRole("heading", { level: 1, name: CHECK_IN })).toBeVisible();
  expect(await wei.content()).not.toContain("Afraid of partner");
  await expect(wei.getByRole("heading", { name: "Help is available now" })).toHaveCount(0);
});
