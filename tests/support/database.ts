import { randomBytes } from "node:crypto";
import type { Logger } from "drizzle-orm";
import { afterAll, beforeAll, inject } from "vitest";
import { openPglite, openPostgres, type DatabaseHandle } from "@/db/client";
import { migrateDatabase } from "@/db/migrate";
import { runAdmin, withDatabase } from "./global-database";

/**
 * Registers hooks that give this test file its database: this run's migrated
 * PostgreSQL database when TEST_DATABASE_URL is set, otherwise an in-memory PGlite
 * migrated from zero. Tests stay independent by creating their own rows through the
 * factories (unique values, no shared seed ids).
 */
export function useTestDatabase() {
  let handle: DatabaseHandle | undefined;
  beforeAll(async () => {
    const url = inject("postgresUrl");
    if (url) {
      handle = openPostgres(testPoolOptions(url));
    } else {
      handle = await openPglite();
      await migrateDatabase(handle);
    }
  });
  afterAll(async () => {
    await handle?.close();
  });
  return {
    get handle(): DatabaseHandle {
      if (!handle) throw new Error("test database is not ready; use it inside a test or hook");
      return handle;
    },
    get db() {
      return this.handle.db;
    },
  };
}

/**
 * A brand-new, empty database of the same kind, for tests that must start from zero
 * or damage the schema on purpose. Not migrated; the caller decides.
 */
export async function createEmptyDatabase(options: { logger?: Logger } = {}): Promise<{ handle: DatabaseHandle; dispose: () => Promise<void> }> {
  const adminUrl = process.env.TEST_DATABASE_URL;
  if (!adminUrl) {
    const handle = await openPglite(options);
    return { handle, dispose: () => handle.close() };
  }
  const name = `trellis_scratch_${Date.now()}_${randomBytes(3).toString("hex")}`;
  await runAdmin(adminUrl, `CREATE DATABASE ${name}`);
  const handle = openPostgres({ ...testPoolOptions(withDatabase(adminUrl, name)), ...options });
  return {
    handle,
    dispose: async () => {
      await handle.close();
      await runAdmin(adminUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    },
  };
}

function testPoolOptions(url: string) {
  return { url, poolMax: 4, statementTimeoutMs: 30_000, onPoolError: () => {} };
}

/**
 * Registers hooks that give this file a scratch database of its own (see
 * createEmptyDatabase), migrated unless `migrate: false`, and drop it afterwards.
 */
export function useScratchDatabase(options: { migrate?: boolean; logger?: Logger } = {}) {
  let scratch: { handle: DatabaseHandle; dispose: () => Promise<void> } | undefined;
  beforeAll(async () => {
    scratch = await createEmptyDatabase(options.logger ? { logger: options.logger } : {});
    if (options.migrate ?? true) await migrateDatabase(scratch.handle);
  });
  afterAll(async () => {
    await scratch?.dispose();
  });
  return {
    get handle(): DatabaseHandle {
      if (!scratch) throw new Error("scratch database is not ready; use it inside a test or hook");
      return scratch.handle;
    },
    get db() {
      return this.handle.db;
    },
  };
}
