import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const root = fileURLToPath(new URL(".", import.meta.url));

export default defineConfig({
  resolve: { alias: { "@": root } },
  test: {
    // A fixed key, so tests never create the generated signing-secret file it would otherwise derive from.
    env: { LOG_LEVEL: "silent", MFA_ENCRYPTION_KEY: "dGVzdC1vbmx5LW1mYS1rZXktMzItYnl0ZXMtbG9uZyE=" },
    // A slow machine can take a few seconds to boot an embedded database per file.
    testTimeout: 30_000,
    hookTimeout: 60_000,
    projects: [
      {
        extends: true,
        test: { name: "unit", include: ["tests/unit/**/*.test.ts"] },
      },
      {
        extends: true,
        test: {
          name: "int",
          include: ["tests/int/**/*.int.test.ts"],
          // One fresh PostgreSQL database per run when TEST_DATABASE_URL is set;
          // otherwise every test file gets its own in-memory PGlite.
          globalSetup: ["tests/support/global-database.ts"],
        },
      },
    ],
  },
});
