import { randomBytes } from "node:crypto";
import pg from "pg";
import type { TestProject } from "vitest/node";
import { openPostgres } from "@/db/client";
import { migrateDatabase } from "@/db/migrate";

declare module "vitest" {
  export interface ProvidedContext {
    /** Set when integration tests run on real PostgreSQL: the URL of this run's fresh database. */
    postgresUrl: string | undefined;
  }
}

/**
 * With TEST_DATABASE_URL (any database on the server, used only to connect), creates
 * a throwaway database for this run, migrates it from zero, and drops it afterwards.
 */
export default async function setup(project: TestProject) {
  const adminUrl = process.env.TEST_DATABASE_URL;
  if (!adminUrl) {
    project.provide("postgresUrl", undefined);
    return;
  }
  const name = `trellis_test_${Date.now()}_${randomBytes(3).toString("hex")}`;
  await runAdmin(adminUrl, `CREATE DATABASE ${name}`);
  const url = withDatabase(adminUrl, name);
  const handle = openPostgres({ url, poolMax: 2, statementTimeoutMs: 30_000, onPoolError: () => {} });
  try {
    await migrateDatabase(handle);
  } finally {
    await handle.close();
  }
  project.provide("postgresUrl", url);
  return async () => {
    await runAdmin(adminUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  };
}

export function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

export async function runAdmin(adminUrl: string, statement: string) {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}
