import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Browser, type BrowserContext, type Locator, type Page } from "@playwright/test";
import { demo, signIn } from "./support";

// Only Samuel's couple (both partners "mutual": an HP-only exercise goes to both) is
// used here; other spec files depend on Maya's couples. The database is shared with
// every spec file of the run, and tests in this file keep adding homework, so each
// test assigns its own and finds the task it created by comparing Today before and after.

const [chidi, erik] = demo.samuelCouple.partners;
const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true } as const;
const CHECK_IN = "Daily trust check-in";
const LETTER = "Impact letter";

/** A marker no other test writes, so an assertion can't be satisfied by an earlier answer. */
const marker = (what: string) => `${what}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;

async function openPhone(browser: Browser, email: string): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext(PHONE);
  const page = await context.newPage();
  await signIn(page, email);
  await expect(page).toHaveURL(/\/today$/);
  return { context, page };
}

/** Signs Samuel in and opens his couple's page; returns the couple's id. */
async function openSamuelsCouple(page: Page): Promise<string> {
  await signIn(page, demo.samuel.email);
  // Caseload rows open the session-prep view; the couple's own page is one level up.
  const href = await page.getByRole("list", { name: "Couples" }).getByRole("link", { name: new RegExp(demo.samuelCouple.displayName) }).getAttribute("href");
  await page.goto(href!.replace(/\/prep$/, ""));
  await expect(page.getByRole("heading", { level: 1, name: demo.samuelCouple.displayName })).toBeVisible();
  return new URL(page.url()).pathname.split("/").pop()!;
}

async function homeworkHrefs(page: Page, title: string): Promise<string[]> {
  const links = page.getByRole("list", { name: "Homework" }).getByRole("link", { name: title, exact: true });
  return Promise.all((await links.all()).map(async (link) => (await link.getAttribute("href"))!));
}

/**
 * Assigns an exercise through the assign form. `dueToday` makes it a one-off due today
 * (the Impact letter's usual rhythm is once, due in 14 days: not on Today yet).
 * Returns the new homework page's path.
 */
async function assign(page: Page, coupleId: string, exercise: string, options: { dueToday?: boolean; note?: string } = {}): Promise<string> {
  await page.goto(`/couples/${coupleId}`);
  // The page streams in behind its loading state: read the list only once it is there.
  await expect(page.getByRole("link", { name: "Assign exercise" })).toBeVisible();
  const before = await homeworkHrefs(page, exercise);
  await page.getByRole("link", { name: "Assign exercise" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Assign an exercise" })).toBeVisible();
  await page.getByLabel("Exercise", { exact: true }).selectOption({ label: exercise });
  if (options.dueToday) {
    const today = await page.getByLabel("Starts on").inputValue();
    await page.getByLabel("How often").selectOption("once");
    await page.getByLabel("Due on").fill(today);
  }
  if (options.note) await page.getByLabel("Note (optional)").fill(options.note);
  await page.getByRole("button", { name: "Assign exercise" }).click();
  await expect(page.getByText("Assigned. Each partner will find it on their Today page")).toBeVisible();
  const added = (await homeworkHrefs(page, exercise)).filter((href) => !before.includes(href));
  expect(added, "exactly one new homework link").toHaveLength(1);
  return added[0]!;
}

function dueToday(page: Page): Locator {
  return page.getByRole("region", { name: "Due today" });
}

/** Hrefs of the partner's tasks due today with this title (empty when there are none). */
async function dueTodayHrefs(page: Page, title: string): Promise<string[]> {
  await page.goto("/today");
  await expect(page.getByRole("heading", { level: 1, name: /^Hello, / })).toBeVisible();
  const links = dueToday(page).getByRole("link", { name: new RegExp(`^${title}`) });
  return Promise.all((await links.all()).map(async (link) => (await link.getAttribute("href"))!));
}

/** Opens, from Today, the task due today that wasn't there before; returns its path. */
async function openNewTask(page: Page, title: string, before: string[]): Promise<string> {
  await page.goto("/today");
  const link = dueToday(page).getByRole("link", { name: new RegExp(`^${title}.*Not started`) });
  await expect(link.first()).toBeVisible();
  const hrefs = await Promise.all((await link.all()).map(async (item) => (await item.getAttribute("href"))!));
  const added = hrefs.filter((href) => !before.includes(href));
  expect(added, `one new "${title}" due today`).toHaveLength(1);
  await dueToday(page).locator(`a[href="${added[0]}"]`).click();
  await expect(page).toHaveURL(added[0]!);
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  return added[0]!;
}

/** The draft's save status under the form. */
function saveStatus(page: Page): Locator {
  return page.locator("[data-save-state]");
}

async function expectDraftSaved(page: Page) {
  await expect(saveStatus(page)).toHaveAttribute("data-save-state", "saved");
  await expect(saveStatus(page)).toHaveText(/Draft saved at \d{1,2}:\d{2}/);
}

async function choose(page: Page, question: RegExp, answer: string) {
  await page.getByRole("group", { name: question }).getByText(answer, { exact: true }).click();
  await expect(page.getByRole("group", { name: question }).getByRole("radio", { name: answer, exact: true })).toBeChecked();
}

/** The hurt partner's daily check-in (a mutual partner answers the hurt partner's questions). */
async function answerCheckIn(page: Page, answers: { mood: string; trust: string; note?: string; forCounselor?: string }) {
  await choose(page, /^My mood today/, answers.mood);
  await choose(page, /^How much I trusted my partner today/, answers.trust);
  if (answers.note) await page.getByLabel("One thing about today, if you like").fill(answers.note);
  if (answers.forCounselor) await page.getByLabel("Anything you want your counselor to know privately").fill(answers.forCounselor);
}

async function writeLetter(page: Page, letter: { foundOut: string; affected: string; privateNote?: string }) {
  await page.getByLabel("How I found out, and what I know now").fill(letter.foundOut);
  await page.getByLabel("How this has affected me").fill(letter.affected);
  if (letter.privateNote) await page.getByLabel("Anything I want my counselor to know that isn't for the letter").fill(letter.privateNote);
}

/**
 * Submits once the draft is saved, as a person who glances at the status would.
 * Submitting mid-save has its own test below.
 */
async function submit(page: Page) {
  await expectDraftSaved(page);
  await page.getByRole("button", { name: "Submit", exact: true }).click();
  await expectSubmitted(page);
}

async function expectSubmitted(page: Page) {
  await expect(page.getByText(/^Submitted on /)).toBeVisible();
  await expect(page.getByRole("heading", { name: "Your answers" })).toBeVisible();
}

function completionTable(page: Page): Locator {
  return page.getByRole("table", { name: /Completion per day and partner/ });
}

/** The table row of a given day; the first body row is the newest day, i.e. today. */
function todaysRow(page: Page): Locator {
  return completionTable(page).getByRole("row").nth(1);
}

/** The cell under a partner's column in today's row. */
async function partnerCell(page: Page, partnerName: string): Promise<Locator> {
  await expect(completionTable(page).getByRole("columnheader", { name: partnerName, exact: true })).toBeVisible();
  const headers = await completionTable(page).getByRole("columnheader").allInnerTexts();
  const index = headers.findIndex((text) => text.trim() === partnerName);
  expect(index, `a column for ${partnerName}`).toBeGreaterThan(0);
  // The row header (the date) is cell 0 of the row as well.
  return todaysRow(page).locator("th, td").nth(index);
}

test("each partner completes the daily check-in on a phone, the hurt partner writes the impact letter, and the counselor reads it all", async ({ page, browser }) => {
  test.setTimeout(90_000);
  const note = marker("shared-note");
  const safety = marker("for-counselor");

  const phoneChidi = await openPhone(browser, chidi.email);
  const phoneErik = await openPhone(browser, erik.email);
  const chidiBefore = { checkIn: await dueTodayHrefs(phoneChidi.page, CHECK_IN), letter: await dueTodayHrefs(phoneChidi.page, LETTER) };
  const erikBefore = await dueTodayHrefs(phoneErik.page, CHECK_IN);

  const coupleId = await openSamuelsCouple(page);
  const checkInHomework = await assign(page, coupleId, CHECK_IN);
  const letterHomework = await assign(page, coupleId, LETTER, { dueToday: true, note: "Take your time; we'll read it together." });

  // Chidi: the check-in, with a note for Erik and a word only for Samuel.
  await openNewTask(phoneChidi.page, CHECK_IN, chidiBefore.checkIn);
  await expect(phoneChidi.page.getByText("Only your counselor. Your partner never sees this question or your answer.").first()).toBeVisible();
  await answerCheckIn(phoneChidi.page, { mood: "6", trust: "4", note, forCounselor: safety });
  await submit(phoneChidi.page);

  // Erik: the same day's check-in, on his own phone. Chidi's note is there already; her
  // trust rating (revealed in pairs) only once Erik has given his own.
  const erikCheckIn = await openNewTask(phoneErik.page, CHECK_IN, erikBefore);
  const fromChidi = phoneErik.page.getByRole("region", { name: "From your partner" });
  await expect(fromChidi.getByText(note)).toBeVisible();
  await expect(fromChidi.getByText("How much I trusted my partner today")).toHaveCount(0);
  await answerCheckIn(phoneErik.page, { mood: "7", trust: "5" });
  await submit(phoneErik.page);
  await expect(fromChidi.getByText("How much I trusted my partner today")).toBeVisible();
  await phoneErik.page.goto("/today");
  await expect(dueToday(phoneErik.page).locator(`a[href="${erikCheckIn}"]`)).toContainText("Done");

  // Chidi: the impact letter, with the counselor's note above it.
  await openNewTask(phoneChidi.page, LETTER, chidiBefore.letter);
  await expect(phoneChidi.page.getByText("Take your time; we'll read it together.")).toBeVisible();
  await writeLetter(phoneChidi.page, { foundOut: "I saw the messages in March.", affected: "I stopped sleeping through the night." });
  await phoneChidi.page.getByRole("checkbox", { name: "Hurt", exact: true }).check();
  await submit(phoneChidi.page);

  // Samuel: both partners completed today's check-in.
  await page.goto(checkInHomework);
  await expect(page.getByRole("heading", { level: 1, name: CHECK_IN })).toBeVisible();
  await expect(await partnerCell(page, chidi.displayName)).toHaveText("Completed");
  await expect(await partnerCell(page, erik.displayName)).toHaveText("Completed");
  await todaysRow(page).getByRole("link", { name: /^Read answers/ }).click();
  await expect(page).toHaveURL(new RegExp(`/couples/${coupleId}/answers/`));

  const chidiCard = page.getByRole("region", { name: chidi.displayName, exact: true });
  await expect(chidiCard.getByText("Completed", { exact: false }).first()).toBeVisible();
  const noteAnswer = chidiCard.locator("dl > div").filter({ hasText: "One thing about today, if you like" });
  await expect(noteAnswer.getByText(note)).toBeVisible();
  await expect(noteAnswer.getByText("Shared with partner", { exact: true })).toBeVisible();
  const safetyAnswer = chidiCard.locator("dl > div").filter({ hasText: "Anything you want your counselor to know privately" });
  await expect(safetyAnswer.getByText(safety)).toBeVisible();
  await expect(safetyAnswer.getByText("Safety · author and counselor only", { exact: true })).toBeVisible();
  await expect(page.getByRole("region", { name: erik.displayName, exact: true }).getByText("Shared with partner", { exact: true }).first()).toBeVisible();

  // Samuel: the letter is done by Chidi, waiting for release; Erik (mutual) has his own, not started.
  await page.goto(letterHomework);
  await expect(await partnerCell(page, chidi.displayName)).toHaveText("Completed");
  await expect(await partnerCell(page, erik.displayName)).toHaveText("Not started");
  await todaysRow(page).getByRole("link", { name: /^Read answers/ }).click();
  const letterCard = page.getByRole("region", { name: chidi.displayName, exact: true });
  const foundOut = letterCard.locator("dl > div").filter({ hasText: "How I found out, and what I know now" });
  await expect(foundOut.getByText("I saw the messages in March.")).toBeVisible();
  await expect(foundOut.getByText("Released by counselor", { exact: true })).toBeVisible();
  await expect(foundOut.getByRole("button", { name: /^Release to Erik…/ })).toBeVisible();

  await phoneChidi.context.close();
  await phoneErik.context.close();
});

test("a draft survives a reload and signing out and in again", async ({ page, browser }) => {
  test.setTimeout(60_000);
  const words = `${marker("draft")}\nIt was a Tuesday. I remember the light in the kitchen.`;
  const phone = await openPhone(browser, chidi.email);
  const before = await dueTodayHrefs(phone.page, LETTER);
  await assign(page, await openSamuelsCouple(page), LETTER, { dueToday: true });

  const taskPath = await openNewTask(phone.page, LETTER, before);
  const field = phone.page.getByLabel("How I found out, and what I know now");
  await expect(saveStatus(phone.page)).toHaveText("Your answers save as you type.");
  await field.fill(words);
  await expectDraftSaved(phone.page);

  await phone.page.reload();
  await expect(field).toHaveValue(words);
  await expectDraftSaved(phone.page);

  await phone.page.getByRole("button", { name: `Account menu for ${chidi.displayName}` }).click();
  await phone.page.getByRole("menuitem", { name: "Sign out", exact: true }).click();
  await expect(phone.page).toHaveURL(/\/login/);
  await phone.page.goto(taskPath);
  await expect(phone.page).toHaveURL(/\/login/);

  await signIn(phone.page, chidi.email);
  await phone.page.goto(taskPath);
  await expect(field).toHaveValue(words);
  // Today says the draft is there.
  await phone.page.goto("/today");
  await expect(dueToday(phone.page).locator(`a[href="${taskPath}"]`)).toContainText("Draft saved");
  await phone.context.close();
});

test("words typed while offline are saved once the connection is back", async ({ page, browser }) => {
  test.setTimeout(60_000);
  const words = `${marker("offline")} Written on the train, without signal.`;
  const phone = await openPhone(browser, chidi.email);
  const before = await dueTodayHrefs(phone.page, LETTER);
  await assign(page, await openSamuelsCouple(page), LETTER, { dueToday: true });
  await openNewTask(phone.page, LETTER, before);

  await phone.context.setOffline(true);
  await phone.page.getByLabel("How this has affected me").fill(words);
  await expect(saveStatus(phone.page)).toHaveAttribute("data-save-state", "offline");
  await expect(saveStatus(phone.page)).toContainText("You seem to be offline");
  await expect(phone.page.getByLabel("How this has affected me")).toHaveValue(words);

  await phone.context.setOffline(false);
  await expectDraftSaved(phone.page);
  await phone.page.reload();
  await expect(phone.page.getByLabel("How this has affected me")).toHaveValue(words);
  await phone.context.close();
});

test("words typed as the sign-in lapses are kept on screen and saved after signing in again in place", async ({ page, browser }) => {
  test.setTimeout(60_000);
  const before = `${marker("lapse")} Written before the session ended.`;
  const after = " And these words after it.";
  const phone = await openPhone(browser, chidi.email);
  // The page's timers run on a controllable clock; the server's clock is real, so the
  // server-side lapse is made by ending this sign-in (idle expiry itself is covered by
  // tests/int/auth/session-lifecycle.int.test.ts).
  await phone.page.clock.install();
  const existing = await dueTodayHrefs(phone.page, LETTER);
  await assign(page, await openSamuelsCouple(page), LETTER, { dueToday: true });
  const taskPath = await openNewTask(phone.page, LETTER, existing);
  const field = phone.page.getByLabel("How this has affected me");
  await field.fill(before);
  await expectDraftSaved(phone.page);

  const ended = await phone.page.request.post("/api/trpc/account.signOutEverywhere", { data: { json: null } });
  expect(ended.ok()).toBe(true);
  await field.pressSequentially(after);
  await expect(saveStatus(phone.page)).toHaveAttribute("data-save-state", "signed_out");

  // Time passes with nobody at the phone: the page finds the sign-in gone and covers itself.
  await phone.page.clock.fastForward("29:00");
  const lapsed = phone.page.getByRole("alertdialog", { name: "You've been signed out" });
  await expect(lapsed).toBeVisible();
  await lapsed.getByLabel("Email").fill(chidi.email);
  await lapsed.getByLabel("Password", { exact: true }).fill(demo.password);
  await lapsed.getByRole("button", { name: "Sign in" }).click();
  await expect(lapsed).toBeHidden();
  await expectDraftSaved(phone.page);

  await phone.page.goto(taskPath);
  await expect(field).toHaveValue(before + after);
  await phone.context.close();
});

test("submitting twice in quick succession records one submission", async ({ page, browser }) => {
  test.setTimeout(60_000);
  const words = marker("once");
  const phone = await openPhone(browser, chidi.email);
  const before = await dueTodayHrefs(phone.page, LETTER);
  const homework = await assign(page, await openSamuelsCouple(page), LETTER, { dueToday: true });
  const taskPath = await openNewTask(phone.page, LETTER, before);

  await writeLetter(phone.page, { foundOut: words, affected: "Everything feels uncertain." });
  await expectDraftSaved(phone.page);
  await phone.page.getByRole("button", { name: "Submit", exact: true }).dblclick();
  await expectSubmitted(phone.page);
  // No error: neither "already submitted" nor a lost connection (the route announcer is an empty alert outside main).
  await expect(phone.page.getByRole("main").getByRole("alert")).toHaveCount(0);
  await expect(phone.page.getByRole("button", { name: "Add an amendment" })).toBeVisible();
  await phone.page.goto("/today");
  await expect(dueToday(phone.page).locator(`a[href="${taskPath}"]`)).toContainText("Done");

  await page.goto(homework);
  await expect(await partnerCell(page, chidi.displayName)).toHaveText("Completed");
  await todaysRow(page).getByRole("link", { name: /^Read answers/ }).click();
  const card = page.getByRole("region", { name: chidi.displayName, exact: true });
  await expect(card.getByText(words)).toHaveCount(1);
  // A second submission would show up as an amendment (an earlier version kept).
  await expect(card.getByText(/^Amended/)).toHaveCount(0);
  await phone.context.close();
});

test("a submit whose reply is lost, pressed again, is recorded once", async ({ page, browser }) => {
  test.setTimeout(60_000);
  const words = marker("retried");
  const phone = await openPhone(browser, chidi.email);
  const before = await dueTodayHrefs(phone.page, LETTER);
  const homework = await assign(page, await openSamuelsCouple(page), LETTER, { dueToday: true });
  await openNewTask(phone.page, LETTER, before);

  // The first submit reaches the server, but its reply never reaches the phone.
  let submitsSent = 0;
  await phone.page.route("**/api/trpc/task.submit**", async (route) => {
    submitsSent += 1;
    if (submitsSent > 1) return route.continue();
    await route.fetch();
    await route.abort("connectionreset");
  });
  await writeLetter(phone.page, { foundOut: words, affected: "I keep replaying it." });
  await expectDraftSaved(phone.page);
  await phone.page.getByRole("button", { name: "Submit", exact: true }).click();
  await expect(phone.page.getByRole("main").getByRole("alert")).toContainText("We couldn't reach Trellis to submit");
  await phone.page.getByRole("button", { name: "Submit", exact: true }).click();
  await expectSubmitted(phone.page);
  await expect(phone.page.getByRole("main").getByRole("alert")).toHaveCount(0);
  expect(submitsSent).toBe(2);

  await page.goto(homework);
  await expect(await partnerCell(page, chidi.displayName)).toHaveText("Completed");
  await todaysRow(page).getByRole("link", { name: /^Read answers/ }).click();
  const card = page.getByRole("region", { name: chidi.displayName, exact: true });
  await expect(card.getByText(words)).toHaveCount(1);
  await expect(card.getByText(/^Amended/)).toHaveCount(0);
  await phone.context.close();
});

test("submitting while an earlier save is still on its way submits the latest answers", async ({ page, browser }) => {
  // Pressing Submit blurs the field, which queues a second save behind the one in flight;
  // settle() in use-autosave.ts must hold it back, or it would move the version the submit names.
  test.setTimeout(60_000);
  const latest = marker("latest");
  const phone = await openPhone(browser, chidi.email);
  const before = await dueTodayHrefs(phone.page, LETTER);
  await assign(page, await openSamuelsCouple(page), LETTER, { dueToday: true });
  await openNewTask(phone.page, LETTER, before);

  // A slow connection: the first draft save is held until Submit has been pressed.
  let releaseFirstSave!: () => void;
  let firstSaveArrived!: () => void;
  const firstSaveHeld = new Promise<void>((resolve) => (releaseFirstSave = resolve));
  const firstSaveSent = new Promise<void>((resolve) => (firstSaveArrived = resolve));
  let saves = 0;
  await phone.page.route("**/api/trpc/task.saveDraft**", async (route) => {
    saves += 1;
    if (saves === 1) {
      firstSaveArrived();
      await firstSaveHeld;
    }
    await route.continue();
  });
  await phone.page.getByLabel("How I found out, and what I know now").fill("I saw the messages.");
  // Moving to the next question saves the first answer at once.
  await phone.page.getByLabel("How this has affected me").fill(latest);
  await firstSaveSent;
  await phone.page.getByRole("button", { name: "Submit", exact: true }).click();
  releaseFirstSave();

  await expectSubmitted(phone.page);
  await expect(phone.page.getByRole("main").getByRole("alert")).toHaveCount(0);
  await expect(phone.page.getByText(latest)).toBeVisible();
  await phone.context.close();
});

test("a shared check-in answer reaches the other partner; a safety answer never does", async ({ page, browser }) => {
  test.setTimeout(90_000);
  const shared = marker("for-erik");
  const safety = marker("only-samuel");
  const phoneChidi = await openPhone(browser, chidi.email);
  const phoneErik = await openPhone(browser, erik.email);
  const chidiBefore = await dueTodayHrefs(phoneChidi.page, CHECK_IN);
  const erikBefore = await dueTodayHrefs(phoneErik.page, CHECK_IN);
  await assign(page, await openSamuelsCouple(page), CHECK_IN, { dueToday: true });

  await openNewTask(phoneChidi.page, CHECK_IN, chidiBefore);
  await answerCheckIn(phoneChidi.page, { mood: "3", trust: "2", note: shared, forCounselor: safety });
  await submit(phoneChidi.page);

  // Erik's Today: the note under "Shared with you", the safety answer nowhere.
  const today = await phoneErik.page.goto("/today");
  const sharedWithYou = phoneErik.page.getByRole("region", { name: "Shared with you" });
  const item = sharedWithYou.locator("details").filter({ hasText: shared });
  await expect(item.locator("summary")).toContainText(CHECK_IN);
  await expect(item.locator("summary")).toContainText("From your partner · ");
  await item.locator("summary").click();
  await expect(item.getByText(shared)).toBeVisible();
  expect(await today!.text()).not.toContain(safety);
  expect(await phoneErik.page.content()).not.toContain(safety);

  // Erik's own check-in for the same day: the note under "From your partner".
  const erikTask = await openNewTask(phoneErik.page, CHECK_IN, erikBefore);
  await expect(phoneErik.page.getByRole("region", { name: "From your partner" }).getByText(shared)).toBeVisible();
  expect(await phoneErik.page.content()).not.toContain(safety);
  const direct = await phoneErik.page.request.get(erikTask);
  expect(await direct.text()).not.toContain(safety);
  await phoneChidi.context.close();
  await phoneErik.context.close();
});

test("a private answer the author chooses to share reaches the other partner; the unreleased letter does not", async ({ page, browser }) => {
  test.setTimeout(90_000);
  const letter = marker("letter");
  const privateNote = marker("shared-by-author");
  const phoneChidi = await openPhone(browser, chidi.email);
  const phoneErik = await openPhone(browser, erik.email);
  const chidiBefore = await dueTodayHrefs(phoneChidi.page, LETTER);
  const erikBefore = await dueTodayHrefs(phoneErik.page, LETTER);
  await assign(page, await openSamuelsCouple(page), LETTER, { dueToday: true });

  await openNewTask(phoneChidi.page, LETTER, chidiBefore);
  await writeLetter(phoneChidi.page, { foundOut: letter, affected: `${letter} again`, privateNote });
  await submit(phoneChidi.page);
  await phoneChidi.page.getByRole("button", { name: "Share with my partner… “Anything I want my counselor to know that isn't for the letter”" }).click();
  await phoneChidi.page.getByRole("group", { name: /^Share “Anything I want my counselor/ }).getByRole("button", { name: "Yes, share it" }).click();
  await expect(phoneChidi.page.getByText(/^You shared this with your partner on /)).toBeVisible();
  await expect(phoneChidi.page.getByRole("button", { name: /^Stop sharing/ })).toBeVisible();

  const erikTask = await openNewTask(phoneErik.page, LETTER, erikBefore);
  const fromPartner = phoneErik.page.getByRole("region", { name: "From your partner" });
  await expect(fromPartner.getByText(privateNote)).toBeVisible();
  await expect(fromPartner.getByText("Your partner chose to share this")).toBeVisible();
  expect(await phoneErik.page.content()).not.toContain(letter);
  expect(await (await phoneErik.page.request.get(erikTask)).text()).not.toContain(letter);

  const today = await phoneErik.page.goto("/today");
  const item = phoneErik.page.getByRole("region", { name: "Shared with you" }).locator("details").filter({ hasText: privateNote });
  await item.locator("summary").click();
  await expect(item.getByText(privateNote)).toBeVisible();
  expect(await today!.text()).not.toContain(letter);
  expect(await phoneErik.page.content()).not.toContain(letter);
  await phoneChidi.context.close();
  await phoneErik.context.close();
});

function seriousViolations(results: Awaited<ReturnType<AxeBuilder["analyze"]>>) {
  return results.violations
    .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
    .map((violation) => `${violation.id} (${violation.impact}): ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`);
}

test("Today and an open task have no serious accessibility problems at phone width", async ({ page, browser }) => {
  test.setTimeout(60_000);
  const phone = await openPhone(browser, chidi.email);
  const before = await dueTodayHrefs(phone.page, CHECK_IN);
  await assign(page, await openSamuelsCouple(page), CHECK_IN, { dueToday: true, note: "Just a few minutes tonight." });

  await phone.page.goto("/today");
  await expect(dueToday(phone.page)).toBeVisible();
  const today = seriousViolations(await new AxeBuilder({ page: phone.page }).analyze());
  expect(today, `Today:\n${today.join("\n")}`).toEqual([]);

  await openNewTask(phone.page, CHECK_IN, before);
  // With an answer saved and the skip panel open, so those states are checked too.
  await phone.page.getByLabel("One thing about today, if you like").fill("A calm evening.");
  await expectDraftSaved(phone.page);
  await phone.page.getByText("Can't do this one?").click();
  const task = seriousViolations(await new AxeBuilder({ page: phone.page }).analyze());
  expect(task, `Task page:\n${task.join("\n")}`).toEqual([]);
  await phone.context.close();
});
