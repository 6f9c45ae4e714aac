import { randomUUID } from "node:crypto";
import { expect, test, type Page } from "@playwright/test";
import { canary, everyClassTextDefinition } from "../support/canary";
import { assignDueToday, demo, signedIn, taskDueToday } from "./support";

// security.md S8 and pitfall P15: on a shared household device, signing out leaves
// nothing of the session in the browser. Samuel's couple (Chidi and Erik) gets a
// fixture exercise of its own, so no other spec's Today changes.

const [chidi] = demo.samuelCouple.partners;

// Playwright turns the back/forward cache off by default; a real browser has it, and
// it is what could show a signed-out page again. Turn it back on for this file.
test.use({
  launchOptions: [
    async ({ launchOptions }, use) => use({ ...launchOptions, ignoreDefaultArgs: ["--disable-back-forward-cache"] }),
    { scope: "worker" },
  ],
});

/** Everything this origin keeps in the browser, as text: web storage, IndexedDB, Cache Storage. */
async function browserStorage(page: Page): Promise<string> {
  return page.evaluate(async () => {
    const found: string[] = [];
    for (const [name, storage] of [["localStorage", localStorage], ["sessionStorage", sessionStorage]] as const) {
      for (let index = 0; index < storage.length; index += 1) {
        const key = storage.key(index)!;
        found.push(`${name} ${key}=${storage.getItem(key)}`);
      }
    }
    for (const info of await indexedDB.databases()) {
      const database = await new Promise<IDBDatabase>((resolve, reject) => {
        const open = indexedDB.open(info.name!);
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(open.error ?? new Error("IndexedDB open failed"));
      });
      for (const store of Array.from(database.objectStoreNames)) {
        const values = await new Promise<unknown[]>((resolve, reject) => {
          const all = database.transaction(store).objectStore(store).getAll();
          all.onsuccess = () => resolve(all.result);
          all.onerror = () => reject(all.error ?? new Error("IndexedDB read failed"));
        });
        found.push(`indexedDB ${info.name}/${store}=${JSON.stringify(values)}`);
      }
      database.close();
    }
    for (const name of await caches.keys()) {
      const cache = await caches.open(name);
      for (const request of await cache.keys()) found.push(`cache ${name} ${request.url}=${await (await cache.match(request))!.text()}`);
    }
    return found.join("\n");
  });
}

/** What a library or a future feature might leave behind: one entry in every store. */
async function leaveInEveryStore(page: Page, marker: string) {
  await page.evaluate(async (value) => {
    localStorage.setItem("left-behind", value);
    sessionStorage.setItem("left-behind", value);
    await new Promise<void>((resolve, reject) => {
      const open = indexedDB.open("left-behind", 1);
      open.onupgradeneeded = () => open.result.createObjectStore("drafts");
      open.onerror = () => reject(open.error ?? new Error("IndexedDB open failed"));
      open.onsuccess = () => {
        const transaction = open.result.transaction("drafts", "readwrite");
        transaction.objectStore("drafts").put(value, "draft");
        transaction.oncomplete = () => {
          open.result.close();
          resolve();
        };
        transaction.onerror = () => reject(transaction.error ?? new Error("IndexedDB write failed"));
      };
    });
    await (await caches.open("left-behind")).put("/left-behind", new Response(value));
  }, marker);
}

test("signing out clears web storage, IndexedDB and Cache Storage, and Back does not show the page again", async ({ browser }) => {
  test.setTimeout(60_000);
  const title = `Sign-out probe ${randomUUID().slice(0, 8)}`;
  const samuel = await signedIn(browser, demo.samuel.email);
  await assignDueToday(samuel, demo.samuelCouple.displayName, everyClassTextDefinition(title));

  const page = await signedIn(browser, chidi.email);
  const taskPath = `/tasks/${await taskDueToday(page, title)}`;
  await page.goto(taskPath);
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();

  // Chidi's draft is saved on the server, and only there.
  const draft = canary();
  await page.getByLabel("For my counselor").fill(`Draft ${draft}`);
  await expect(page.locator("[data-save-state]")).toHaveAttribute("data-save-state", "saved");
  expect(await browserStorage(page)).not.toContain(draft);

  // Something else left words in every store this origin has; the sign-out must remove them.
  const leftBehind = canary();
  await leaveInEveryStore(page, leftBehind);
  const before = await browserStorage(page);
  for (const store of ["localStorage", "sessionStorage", "indexedDB", "cache"]) expect(before).toContain(`${store} `);
  expect(before.split(leftBehind)).toHaveLength(5);

  // The sign-out responses ask the browser to clear this origin's cache and storage.
  const clearing = page.waitForResponse((response) => response.url().endsWith("/api/auth/signout") && response.request().method() === "POST");
  await page.getByRole("button", { name: `Account menu for ${chidi.displayName}` }).click();
  await page.getByRole("menuitem", { name: "Sign out", exact: true }).click();
  expect((await (await clearing).allHeaders())["clear-site-data"]).toBe('"cache", "storage"');
  await expect(page).toHaveURL(/\/login/);
  await expect(page.getByRole("heading", { level: 1, name: "Sign in" })).toBeVisible();

  const after = await browserStorage(page);
  expect(after).not.toContain(leftBehind);
  expect(after).not.toContain(draft);

  // Back: the task page is fetched again (never shown from a cache), and the server sends it to sign-in.
  await page.goBack();
  await expect(page).toHaveURL(/\/login/);
  await expect(page.getByRole("heading", { level: 1, name: "Sign in" })).toBeVisible();
  expect(await page.content()).not.toContain(draft);
  await page.context().close();
  await samuel.context().close();
});

test("the sign-out procedure's own response also clears the browser, even when the sign-in had already ended", async ({ page }) => {
  const response = await page.request.post("/api/trpc/account.signOut", { data: { json: null } });
  expect(response.status()).toBe(401);
  expect(response.headers()["clear-site-data"]).toBe('"cache", "storage"');
  expect(response.headers()["cache-control"]).toContain("no-store");
});
