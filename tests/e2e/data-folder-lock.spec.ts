import { spawn } from "node:child_process";
import { expect, test } from "@playwright/test";
import { E2E_PGLITE_DIR } from "../../playwright.config";

test("a second server on the same embedded database folder refuses to start", async () => {
  // The suite's own server holds the folder; a second one must stop with a clear message.
  const second = spawn("npx", ["next", "start", "-p", "3101"], {
    env: { ...process.env, PGLITE_DIR: E2E_PGLITE_DIR, NEXTAUTH_URL: "http://localhost:3101" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  second.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
  second.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const exitCode = await new Promise<number | null>((resolve) => second.on("exit", resolve));

  expect(exitCode).not.toBe(0);
  expect(output).toContain("is already using the embedded database");
  expect(output).toContain("will not start");
});
