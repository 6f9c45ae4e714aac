import { defineConfig } from "@playwright/test";

// E2E_PORT lets two runs (e.g. two checkouts) share a machine.
const port = Number(process.env.E2E_PORT ?? 3100);
const baseURL = `http://localhost:${port}`;
// With E2E_DATABASE_URL the suite runs against PostgreSQL; otherwise against a fresh
// embedded database folder that only this run uses.
const postgresUrl = process.env.E2E_DATABASE_URL;
export const E2E_PGLITE_DIR = ".data/e2e/pglite";
/** Where the e2e server's mail goes (no SMTP): tests read it through /dev/outbox like a developer would. */
export const E2E_OUTBOX_DIR = ".data/e2e/outbox";

export default defineConfig({
  testDir: "tests/e2e",
  // The embedded-database lock test needs the embedded database.
  testIgnore: postgresUrl ? ["**/data-folder-lock.spec.ts"] : [],
  fullyParallel: false,
  workers: 1,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  timeout: 30_000,
  expect: { timeout: 10_000 },
  reporter: [["list"]],
  use: {
    baseURL,
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: "/usr/bin/chromium",
      args: ["--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
    },
  },
  webServer: {
    // Serves the production build (`npm run build` first); never `next dev`.
    command: postgresUrl ? `rm -rf ${E2E_OUTBOX_DIR} && npx next start -p ${port}` : `rm -rf .data/e2e && npx next start -p ${port}`,
    url: `${baseURL}/api/health`,
    reuseExistingServer: false,
    timeout: 120_000,
    stdout: "pipe",
    stderr: "pipe",
    env: {
      NEXTAUTH_URL: baseURL,
      LOG_LEVEL: "warn",
      OUTBOX_DIR: E2E_OUTBOX_DIR,
      ...(postgresUrl
        ? { DATABASE_URL: postgresUrl, SEED_DEMO_DATA: "true", NEXTAUTH_SECRET: "e2e-only-secret-that-is-long-enough-0123456789" }
        : { PGLITE_DIR: E2E_PGLITE_DIR }),
    },
  },
});
