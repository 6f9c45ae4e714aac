import { describe, expect, inject, it } from "vitest";
import pg from "pg";
import { openPostgres } from "@/db/client";

// Only PostgreSQL has concurrent connections (and a statement timeout) to contend with;
// PGlite is one connection in one process.
describe.runIf(Boolean(inject("postgresUrl")))("exclusive connection on PostgreSQL", () => {
  it("waits for another holder of the lock longer than the pool's statement timeout", async () => {
    const url = inject("postgresUrl")!;
    const handle = openPostgres({ url, poolMax: 2, statementTimeoutMs: 200, onPoolError: () => {} });
    const other = new pg.Client({ connectionString: url });
    await other.connect();
    try {
      const key = 990_001;
      await other.query("SELECT pg_advisory_lock($1)", [key]);
      setTimeout(() => void other.query("SELECT pg_advisory_unlock($1)", [key]), 800);

      const started = Date.now();
      const result = await handle.withExclusiveConnection(key, () => Promise.resolve("ran"));
      expect(result).toBe("ran");
      expect(Date.now() - started).toBeGreaterThanOrEqual(700);

      // The pooled connection went back with the normal statement timeout.
      await expect(handle.db.execute("SELECT pg_sleep(0.5)")).rejects.toThrow();
    } finally {
      await other.end();
      await handle.close();
    }
  });
});
