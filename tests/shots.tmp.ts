import { chromium, type Page } from "@playwright/test";
import { totpCodeForStep, totpStepAt } from "@/server/auth/mfa/totp";

const base = process.env.BASE ?? "http://localhost:3300";
const paths = (process.env.PATHS ?? "").split(",").filter(Boolean);
const who = process.env.WHO ?? "alex@clients.example";
const tag = process.env.TAG ?? "shot";
const staff = /riverbend/.test(who);

async function signIn(page: Page) {
  await page.goto(`${base}/login`);
  await page.getByLabel("Email").fill(who);
  await page.getByLabel("Password", { exact: true }).fill("trellis-demo-2026");
  await page.getByRole("button", { name: "Sign in" }).click();
  if (staff) {
    await page.waitForURL(/two-factor/);
    await page.getByLabel("6-digit code").fill(await totpCodeForStep("TRELLISDEMOSTAFFTOTPSECRETKEY234", totpStepAt(new Date()) + Number(process.env.STEP ?? 0)));
    await page.getByRole("button", { name: "Verify" }).click();
  }
  await page.waitForURL((url) => !url.pathname.startsWith("/login"));
}

const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync"] });
for (const [label, viewport] of [["desktop", { width: 1280, height: 900 }], ["phone", { width: 390, height: 844 }]] as const) {
  const page = await browser.newPage({ viewport });
  if (who !== "anon") await signIn(page);
  for (const path of paths) {
    await page.goto(`${base}${path}`);
    await page.waitForLoadState("networkidle");
    const name = `/tmp/shots/${tag}-${path.replace(/[^a-z0-9]+/gi, "_")}-${label}.png`;
    await page.screenshot({ path: name, fullPage: true });
    console.log(name);
  }
  await page.close();
  if (staff) process.env.STEP = String(Number(process.env.STEP ?? 0) + 1);
}
await browser.close();
