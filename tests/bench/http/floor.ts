import { drizzle } from "drizzle-orm/node-postgres";
import type { Pool, PoolClient, QueryConfig } from "pg";
import type { Database } from "@/db/client";
import * as schema from "@/db/schema";
import { callerAs } from "../../support/callers";
import { percentile } from "./load";
import type { BenchCall } from "./scenarios";

/** A statement as sent, with the rows it answered during capture. */
type Statement = [QueryConfig | string, unknown[] | undefined, unknown[]];

class Rollback extends Error {}

const textOf = ([query]: Statement) => (typeof query === "string" ? query : query.text).trim().toLowerCase();

/**
 * Runs `work` (a procedure behind an endpoint, or a job) in-process, on one connection,
 * inside a transaction that is rolled back, and records every statement it sent: exactly
 * what the endpoint sends to PostgreSQL for this request, and how many round trips. Nested
 * transactions become savepoints, one round trip each, as BEGIN and COMMIT are in the server.
 */
export async function captureStatements(pool: Pool, work: (db: Database) => Promise<unknown>): Promise<Statement[]> {
  const client = await pool.connect();
  const recorded: Statement[] = [];
  const recording = new Proxy(client, {
    get(target, property, receiver) {
      if (property === "query") {
        return async (query: QueryConfig | string, values?: unknown[]) => {
          const result = await target.query(query, values);
          recorded.push([query, values, result.rows]);
          return result;
        };
      }
      return Reflect.get(target, property, receiver) as unknown;
    },
  });
  const db = drizzle({ client: recording, schema, casing: "snake_case" }) as unknown as Database;
  try {
    await db.transaction(async (tx) => {
      await work(tx);
      throw new Rollback();
    });
  } catch (error) {
    if (!(error instanceof Rollback)) throw error;
  } finally {
    client.release();
  }
  // The outer BEGIN and ROLLBACK are the capture's own, not the endpoint's.
  if (recorded.length > 0 && textOf(recorded[0]!) === "begin") recorded.shift();
  if (recorded.length > 0 && textOf(recorded.at(-1)!) === "rollback") recorded.pop();
  return recorded;
}

/** The procedure behind `call`, as the tRPC route handler runs it for this signed-in user. */
export function procedureWork(call: BenchCall, sessionId: string) {
  return async (db: Database) => {
    const caller = callerAs(db, { id: call.user.id, role: call.user.role, sessionVersion: call.user.sessionVersion, sessionId });
    const [routerName, procedureName] = call.procedure.split(".") as [string, string];
    const procedures = (caller as unknown as Record<string, Record<string, (input?: unknown) => Promise<unknown>>>)[routerName]!;
    return procedures[procedureName]!(call.input);
  };
}

const keyOf = (value: unknown) => (value instanceof Date ? `date:${value.toISOString()}` : typeof value === "string" ? `text:${value}` : null);

function* scalars(rows: unknown[]): Generator<unknown> {
  for (const row of rows) yield* Array.isArray(row) ? row : Object.values(row as object);
}

/**
 * Ids and timestamps the database generated during capture (RETURNING a new response's
 * id, say) come out different on replay; later statements that sent them back must send
 * the new ones, as the endpoint would have.
 */
export class Substitutions {
  private readonly map = new Map<string, unknown>();
  learn(captured: unknown[], replayed: unknown[]) {
    const before = [...scalars(captured)];
    const after = [...scalars(replayed)];
    before.forEach((value, index) => {
      const key = keyOf(value);
      if (key !== null && keyOf(after[index]) !== key) this.map.set(key, after[index]);
    });
  }
  apply(values: unknown[] | undefined): unknown[] | undefined {
    if (!values || this.map.size === 0) return values;
    return values.map((value) => {
      if (Array.isArray(value)) return this.apply(value);
      const key = keyOf(value);
      return key !== null && this.map.has(key) ? this.map.get(key) : value;
    });
  }
}

/** Sends one captured statement, with values the database generated in this run substituted. */
export async function resend(client: PoolClient, [query, values, capturedRows]: Statement, substitutions: Substitutions) {
  const fresh = substitutions.apply(values ?? (typeof query === "string" ? undefined : query.values));
  const result = typeof query === "string" ? await client.query(query, fresh) : await client.query({ ...query, values: fresh ?? [] });
  substitutions.learn(capturedRows, result.rows);
  return result;
}

async function replay(client: PoolClient, statements: Statement[]): Promise<number> {
  await client.query("BEGIN");
  try {
    const substitutions = new Substitutions();
    const started = performance.now();
    for (const statement of statements) await resend(client, statement, substitutions);
    return performance.now() - started;
  } finally {
    await client.query("ROLLBACK");
  }
}

export interface FloorResult {
  /** Statements per request (each one round trip), averaged over the captured requests. */
  roundTrips: number;
  p50Ms: number;
  p95Ms: number;
}

/**
 * The raw-SQL floor: the captured statements replayed back-to-back through `pg` on one
 * connection, with no Next, tRPC, session decoding or serialisation. Each replay runs in
 * a transaction that is rolled back (not timed), so writes can be replayed.
 */
export async function measureFloor(pool: Pool, captures: Statement[][], repeats: number): Promise<FloorResult> {
  const client = await pool.connect();
  const samples: number[] = [];
  try {
    if (repeats > 1) for (const capture of captures) await replay(client, capture); // warm the plan cache and buffers
    for (let round = 0; round < repeats; round += 1) {
      for (const capture of captures) samples.push(await replay(client, capture));
    }
  } finally {
    client.release();
  }
  samples.sort((a, b) => a - b);
  const statements = captures.reduce((sum, capture) => sum + capture.length, 0) / captures.length;
  return { roundTrips: Number(statements.toFixed(1)), p50Ms: Number(percentile(samples, 0.5).toFixed(2)), p95Ms: Number(percentile(samples, 0.95).toFixed(2)) };
}

export type { Statement };
