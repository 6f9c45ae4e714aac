import { PGlite } from "@electric-sql/pglite";
import type { ExtractTablesWithRelations, Logger, SQL } from "drizzle-orm";
import { drizzle as drizzlePostgres } from "drizzle-orm/node-postgres";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import pg from "pg";
import { acquireDataFolderLock } from "./lock";
import { NamingClient } from "./named-statements";
import * as schema from "./schema";

export type Schema = typeof schema;

/**
 * The one database type the rest of the code sees. Both drivers produce it, and a
 * transaction is one too, so every query function takes `(db: Database, ...)` and
 * composes inside `db.transaction(...)` unchanged.
 */
export type Database = PgDatabase<PgQueryResultHKT, Schema, ExtractTablesWithRelations<Schema>>;

export type DatabaseMode = "postgres" | "pglite";

export interface DatabaseHandle {
  db: Database;
  mode: DatabaseMode;
  /** Runs `work` on one connection while holding a session-level advisory lock. */
  withExclusiveConnection<T>(lockKey: number, work: (db: Database) => Promise<T>): Promise<T>;
  close(): Promise<void>;
  /**
   * For the job queue (pg-boss): PostgreSQL gives it the connection string and it keeps
   * its own small pool; PGlite has one connection in this process, so pg-boss shares it
   * through this executor.
   */
  jobQueueConnection: { connectionString: string } | { executeSql(text: string, values?: unknown[]): Promise<{ rows: unknown[] }> };
}

export interface PostgresOptions {
  url: string;
  poolMax: number;
  statementTimeoutMs: number;
  /** node-postgres emits idle-client errors on the pool; unhandled, they crash the process. */
  onPoolError: (error: Error) => void;
  /** Sees every statement Drizzle sends: the round-trip tests count them. */
  logger?: Logger;
}

export function openPostgres(options: PostgresOptions): DatabaseHandle {
  const pool = new pg.Pool({
    // Statements go out named, so each connection plans them once: see named-statements.ts.
    Client: NamingClient,
    connectionString: options.url,
    max: options.poolMax,
    // The pg default of 0 waits forever for a connection during an outage.
    connectionTimeoutMillis: 5_000,
    idleTimeoutMillis: 30_000,
    // Connections are replaced after half an hour even when busy, so none keeps the prepared
    // statements (named-statements.ts) of a schema that has since changed for long.
    maxLifetimeSeconds: 1_800,
    statement_timeout: options.statementTimeoutMs,
    application_name: "trellis",
  });
  pool.on("error", options.onPoolError);
  const db = drizzlePostgres({ client: pool, schema, casing: "snake_case", ...(options.logger ? { logger: options.logger } : {}) }) as unknown as Database;

  return {
    db,
    mode: "postgres",
    async withExclusiveConnection(lockKey, work) {
      const connection = await pool.connect();
      // A connection whose lock state is uncertain must be closed, not returned to the pool.
      let discard = true;
      try {
        // Waiting for another instance's migration, or a long DDL statement, must not
        // be cut off by the pool's statement timeout.
        await connection.query("SET statement_timeout = 0");
        await connection.query("SELECT pg_advisory_lock($1)", [lockKey]);
        try {
          const connectionDb: Database = drizzlePostgres({ client: connection, schema, casing: "snake_case" });
          return await work(connectionDb);
        } finally {
          await connection.query("SELECT pg_advisory_unlock($1)", [lockKey]);
          await connection.query("RESET statement_timeout");
          discard = false;
        }
      } finally {
        connection.release(discard);
      }
    },
    close: () => pool.end(),
    jobQueueConnection: { connectionString: options.url },
  };
}

export interface PgliteOptions {
  /** A folder to persist to, or undefined for a throwaway in-memory database. */
  dataDir?: string;
  logger?: Logger;
}

export async function openPglite(options: PgliteOptions = {}): Promise<DatabaseHandle> {
  // PGlite does no cross-process locking of its own; two processes on one folder corrupt it.
  const releaseLock = options.dataDir ? acquireDataFolderLock(options.dataDir) : () => {};
  let client: PGlite;
  try {
    client = await PGlite.create(options.dataDir);
  } catch (error) {
    releaseLock();
    throw error;
  }
  const db = drizzlePglite({ client, schema, casing: "snake_case", ...(options.logger ? { logger: options.logger } : {}) }) as unknown as Database;
  return {
    db,
    mode: "pglite",
    // PGlite is a single connection in this process, so exclusivity is already given.
    withExclusiveConnection: (_lockKey, work) => work(db),
    async close() {
      await client.close();
      releaseLock();
    },
    jobQueueConnection: {
      async executeSql(text, values) {
        // pg-boss sends its schema as one multi-statement script without parameters,
        // which PGlite runs through exec(); everything else is a single parameterised query.
        if (!values || values.length === 0) {
          const results = await client.exec(text);
          return { rows: results.at(-1)?.rows ?? [] };
        }
        return client.query(text, values);
      },
    },
  };
}

/** Runs raw SQL and returns its rows; both drivers answer `{ rows }`, which the shared type hides. */
export async function queryRows<Row>(db: Database, query: SQL): Promise<Row[]> {
  const result: unknown = await db.execute(query);
  return (result as { rows: Row[] }).rows;
}
