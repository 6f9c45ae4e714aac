import { randomUUID } from "node:crypto";
import { readdirSync } from "node:fs";
import { dirname, join, sep } from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { canary, everyClassTextDefinition, leaksIn, safetyOnlyDefinition, type Secrets } from "../support/canary";
import { demo, signedIn, trpc } from "./support";

/**
 * Confidentiality canaries in the browser (security.md A3, C1): Priya (hurt partner of
 * Nguyen & Patel) writes private answers marked `CANARY-<uuid>`; Linh then loads every
 * partner page as HTML and as the RSC flight payload, plus Priya's task addresses
 * directly, and none of it may carry a marker or an id of Priya's work. Seeding goes
 * through the real app: Maya assigns over tRPC with her cookies, Priya answers over
 * tRPC from her signed-in browser.
 */

const couple = demo.mayaSecondCouple;
const linh = couple.partners.find((partner) => partner.label === "involved")!;
const priya = couple.partners.find((partner) => partner.label === "hurt")!;

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi;

/** Calls a procedure the way the app's client does, unbatched, with superjson's envelope. */


interface TodayTask {
  id: string;
  title: string;
}
interface TodayData {
  dueToday: TodayTask[];
  overdue: TodayTask[];
  upcoming: TodayTask[];
  recentlyDone: TodayTask[];
}

const allTasks = (today: TodayData) => [...today.dueToday, ...today.overdue, ...today.upcoming, ...today.recentlyDone];

interface Capture {
  what: string;
  url: string;
  status: number;
  text: string;
}

/** One address as Linh's browser gets it: the rendered page, the raw HTML and the RSC payload. */
async function captureAll(page: Page, url: string): Promise<Capture[]> {
  const navigation = await page.goto(url);
  // The loading skeleton streams first; capture the page once its heading is in.
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  const rendered = { what: "rendered page", url, status: navigation?.status() ?? 0, text: await page.content() };
  const html = await page.request.get(url);
  const rsc = await page.request.get(url, { headers: { RSC: "1" } });
  const captures = [rendered, { what: "HTML", url, status: html.status(), text: await html.text() }, { what: "RSC payload", url, status: rsc.status(), text: await rsc.text() }];
  // The flight payload is what a client-side navigation fetches: make sure it is one.
  expect(rsc.headers()["content-type"], `${url} RSC content type`).toContain("text/x-component");
  return captures;
}

function leaksOf(captures: Capture[], secrets: Secrets) {
  return captures.flatMap((capture) => {
    // The address Linh asked for is echoed back (router state); that is her own input.
    const found = leaksIn(capture.text, secrets, new Set(capture.url.match(UUID) ?? []));
    return found.length > 0 ? [{ what: capture.what, url: capture.url, leaked: found }] : [];
  });
}

/** Every page a partner can open: the routes under app/(partner) and app/(partner-open). */
function partnerPageRoutes(): string[] {
  return ["(partner)", "(partner-open)"].flatMap((group) =>
    readdirSync(join("app", group), { recursive: true, encoding: "utf8" })
      .filter((file) => file === "page.tsx" || file.endsWith(`${sep}page.tsx`))
      .map((file) => `/${dirname(file).split(sep).join("/")}`),
  );
}

test("the crawl below covers every partner page there is", () => {
  // A new partner page fails here until it is captured below (and added to this list).
  expect(partnerPageRoutes().sort()).toEqual(["/help", "/tasks/[taskId]", "/today", "/welcome"]);
});

test("nothing Priya keeps private reaches Linh's pages, HTML or RSC payload; what she shares does", async ({ browser }) => {
  test.setTimeout(180_000);
  const tag = randomUUID().slice(0, 8);
  const todayInZone = new Intl.DateTimeFormat("en-CA", { timeZone: couple.timeZone }).format(new Date());
  const marks = {
    paired: canary(),
    counselorOnly: canary(),
    releaseGated: canary(),
    safety: canary(),
    draftShared: canary(),
    draftPrivate: canary(),
    draftPaired: canary(),
    safetyOnly: canary(),
    safetyOnlyTitle: canary(),
  };
  const shared = canary();
  const checkInTitle = `Canary check-in ${tag}`;
  const draftTitle = `Canary drafts ${tag}`;
  const screeningTitle = `Private screening ${marks.safetyOnlyTitle}`;

  // Maya assigns three exercises: an every-class check-in and a second one for each partner, and a safety screening for Priya only.
  const maya = await signedIn(browser, demo.maya.email);
  const coupleHref = await maya.getByRole("list", { name: "Couples" }).getByRole("link", { name: new RegExp(couple.displayName) }).getAttribute("href");
  const coupleId = coupleHref!.split("/")[2]!;
  for (const [definition, audience] of [
    [everyClassTextDefinition(checkInTitle), "each"],
    [everyClassTextDefinition(draftTitle), "each"],
    [safetyOnlyDefinition(screeningTitle), "hp"],
  ] as const) {
    const { templateId } = await trpc<{ templateId: string }>(maya.request, "library.create", { definition });
    await trpc(maya.request, "assignment.create", {
      coupleId,
      templateId,
      audience,
      startsOn: todayInZone,
      schedule: { kind: "once", dueOn: todayInZone },
      visibilityOverrides: {},
    });
  }

  // Priya writes: every class in the check-in, a draft, and the screening.
  const priyaPage = await signedIn(browser, priya.email);
  const priyaToday = await trpc<TodayData>(priyaPage.request, "today.get", undefined, "query");
  const priyaTask = (title: string) => allTasks(priyaToday).find((task) => task.title === title)!.id;
  const priyaTasks = { checkIn: priyaTask(checkInTitle), drafts: priyaTask(draftTitle), screening: priyaTask(screeningTitle) };
  const checkIn = await trpc<{ responseId: string }>(priyaPage.request, "task.submit", {
    taskId: priyaTasks.checkIn,
    baseVersion: 0,
    answers: { hp_view: marks.paired, shared_note: shared, private_note: marks.counselorOnly, letter: marks.releaseGated, safety_note: marks.safety },
    submitKey: randomUUID(),
  });
  await trpc(priyaPage.request, "task.saveDraft", {
    taskId: priyaTasks.drafts,
    baseVersion: 0,
    answers: { hp_view: marks.draftPaired, shared_note: marks.draftShared, private_note: marks.draftPrivate },
  });
  const screening = await trpc<{ responseId: string }>(priyaPage.request, "task.submit", {
    taskId: priyaTasks.screening,
    baseVersion: 0,
    answers: { afraid: true, what_happened: marks.safetyOnly },
    submitKey: randomUUID(),
  });
  // Priya's own page does show her words: the markers are real page content.
  const ownPage = (await captureAll(priyaPage, `/tasks/${priyaTasks.checkIn}`)).map((capture) => capture.text).join("\n");
  expect(leaksIn(ownPage, { counselorOnly: marks.counselorOnly, safety: marks.safety })).toEqual(["counselorOnly", "safety"]);

  const secrets: Secrets = {
    ...Object.fromEntries(Object.entries(marks).map(([label, marker]) => [`marker ${label}`, marker])),
    "Priya's check-in task id": priyaTasks.checkIn,
    "Priya's drafted task id": priyaTasks.drafts,
    "Priya's screening task id": priyaTasks.screening,
    "Priya's check-in response id": checkIn.responseId,
    "Priya's screening response id": screening.responseId,
  };

  // Linh reads everything she can reach.
  const linhPage = await signedIn(browser, linh.email);
  const captures: Capture[] = [...(await captureAll(linhPage, "/today"))];
  const linhTaskLinks = [...new Set(await linhPage.locator('main a[href^="/tasks/"]').evaluateAll((links) => links.map((link) => link.getAttribute("href")!)))];
  const linhToday = await trpc<TodayData>(linhPage.request, "today.get", undefined, "query");
  const linhCheckIn = allTasks(linhToday).find((task) => task.title === checkInTitle)!.id;
  expect(linhTaskLinks).toContain(`/tasks/${linhCheckIn}`);
  expect(allTasks(linhToday).map((task) => task.title)).not.toContain(screeningTitle);
  for (const href of linhTaskLinks) {
    const pageCaptures = await captureAll(linhPage, href);
    expect(pageCaptures.map((capture) => capture.status), href).toEqual([200, 200, 200]);
    captures.push(...pageCaptures);
  }
  // Priya's tasks, asked for directly: the not-found page, exactly as for an id that
  // doesn't exist (the same markup once the requested id and the streamed scripts, whose
  // chunking depends on timing, are set aside).
  // The CSP nonce is fresh in every response (proxy.ts).
  const normalise = (capture: Capture) =>
    capture.text
      .replaceAll(capture.url.split("/").pop()!, "<id>")
      .replaceAll(/<script\b[^>]*>[\s\S]*?<\/script>/g, "")
      .replaceAll(/ nonce="[^"]*"/g, "");
  const unknown = await captureAll(linhPage, `/tasks/${randomUUID()}`);
  await expect(linhPage.getByRole("heading", { level: 1, name: "We couldn't find that page" })).toBeVisible();
  if (unknown.some((capture) => capture.status !== 404)) {
    // The task page streams behind its loading boundary, so notFound() comes after a 200.
    test.info().annotations.push({ type: "finding", description: `/tasks/<unknown id> answers ${unknown.map((capture) => capture.status).join("/")}, not 404` });
  }
  captures.push(...unknown);
  for (const taskId of Object.values(priyaTasks)) {
    const pageCaptures = await captureAll(linhPage, `/tasks/${taskId}`);
    await expect(linhPage.getByRole("heading", { level: 1, name: "We couldn't find that page" })).toBeVisible();
    expect(pageCaptures.map((capture) => capture.status), taskId).toEqual(unknown.map((capture) => capture.status));
    expect(normalise(pageCaptures[1]!), taskId).toBe(normalise(unknown[1]!));
    for (const capture of pageCaptures.slice(0, 2)) expect(/<meta name="robots" content="noindex"/.test(capture.text), `${capture.what} ${taskId} noindex`).toBe(true);
    captures.push(...pageCaptures);
  }
  // The partner pages without task ids (/notifications lives in the (account) group), and the not-found page at an address that matches no route.
  for (const url of ["/welcome", "/help", "/notifications"]) {
    const pageCaptures = await captureAll(linhPage, url);
    expect(pageCaptures.map((capture) => capture.status), url).toEqual([200, 200, 200]);
    captures.push(...pageCaptures);
  }
  const nowhere = await captureAll(linhPage, `/no-such-page-${tag}`);
  await expect(linhPage.getByRole("heading", { level: 1, name: "We couldn't find that page" })).toBeVisible();
  captures.push(...nowhere);
  // The same data as the browser's client fetches it, and the session endpoint.
  for (const url of ["/api/trpc/today.get", "/api/trpc/notification.list", "/api/trpc/notification.unreadCount", ...linhTaskLinks.map((href) => `/api/trpc/task.get?input=${encodeURIComponent(JSON.stringify({ json: { taskId: href.split("/").pop() } }))}`), "/api/auth/session"]) {
    const response = await linhPage.request.get(url);
    captures.push({ what: "fetch", url, status: response.status(), text: await response.text() });
  }

  expect(leaksOf(captures, secrets)).toEqual([]);

  // Positive control: the shared answer is on Linh's Today and her check-in page, as HTML and as RSC.
  const withShared = captures.filter((capture) => capture.text.includes(shared));
  expect(new Set(withShared.map((capture) => `${capture.what} ${capture.url}`))).toEqual(
    new Set(
      ["/today", `/tasks/${linhCheckIn}`].flatMap((url) => ["rendered page", "HTML", "RSC payload"].map((what) => `${what} ${url}`)).concat([
        "fetch /api/trpc/today.get",
        `fetch /api/trpc/task.get?input=${encodeURIComponent(JSON.stringify({ json: { taskId: linhCheckIn } }))}`,
      ]),
    ),
  );

  // Paired reveal: once Linh submits her own view, Priya's appears on Linh's page; nothing else does.
  await trpc(linhPage.request, "task.submit", { taskId: linhCheckIn, baseVersion: 0, answers: { ip_view: `Linh's view ${tag}` }, submitKey: randomUUID() });
  const afterPair = await captureAll(linhPage, `/tasks/${linhCheckIn}`);
  await expect(linhPage.getByText(marks.paired)).toBeVisible();
  for (const capture of afterPair) expect(leaksIn(capture.text, { paired: marks.paired }), capture.what).toEqual(["paired"]);
  const { ["marker paired"]: _nowReadable, ...stillSecret } = secrets;
  expect(leaksOf([...afterPair, ...(await captureAll(linhPage, "/today"))], stillSecret)).toEqual([]);

  for (const page of [maya, priyaPage, linhPage]) await page.context().close();
});
