import { sql } from "drizzle-orm";
import type { Database } from "@/db/client";

/**
 * The generator talks to the database in two ways only: a few thousand JS-built rows at
 * a time through one JSON parameter (json_to_recordset), and set-based INSERT … SELECT
 * statements that expand plans into millions of rows inside the server. Both work the
 * same on node-postgres and PGlite, so the integration test runs the real generator.
 */

/** Rows a statement wrote: node-postgres says rowCount, PGlite affectedRows. */
function affected(result: unknown): number {
  const shaped = result as { rowCount?: number | null; affectedRows?: number };
  return shaped.rowCount ?? shaped.affectedRows ?? 0;
}

/** Runs statements one at a time (PGlite's extended protocol takes one per call); returns the rows written. */
export async function run(db: Database, ...statements: string[]): Promise<number> {
  let written = 0;
  for (const statement of statements) written += affected(await db.execute(sql.raw(statement)));
  return written;
}

export async function queryAll<Row>(db: Database, statement: string): Promise<Row[]> {
  const result: unknown = await db.execute(sql.raw(statement));
  return (result as { rows: Row[] }).rows;
}

/** Column name → PostgreSQL type, in insert order. */
export type Columns = Record<string, string>;

/** JSON-encoded batches stay well under the 2 MB-ish sweet spot of one parameter. */
const BATCH = 5_000;

/** Inserts JS rows (keyed by column name) in batches; values go as one JSON parameter per batch. */
export async function insertRecords(db: Database, table: string, columns: Columns, rows: readonly Record<string, unknown>[]): Promise<number> {
  const names = Object.keys(columns);
  const list = names.join(", ");
  const definitions = names.map((name) => `${name} ${columns[name]}`).join(", ");
  let written = 0;
  for (let start = 0; start < rows.length; start += BATCH) {
    const batch = JSON.stringify(rows.slice(start, start + BATCH));
    const statement = sql`INSERT INTO ${sql.raw(table)} (${sql.raw(list)}) SELECT ${sql.raw(list)} FROM json_to_recordset(${batch}::json) AS x(${sql.raw(definitions)})`;
    written += affected(await db.execute(statement));
  }
  return written;
}

/** Progress lines: what was written, how many rows, how long it took, time since the start. */
export class Progress {
  private readonly started = performance.now();
  readonly phases: { label: string; rows: number; seconds: number }[] = [];

  constructor(private readonly print: (line: string) => void) {}

  async step(label: string, work: () => Promise<number>): Promise<number> {
    const started = performance.now();
    const rows = await work();
    const seconds = (performance.now() - started) / 1000;
    this.phases.push({ label, rows, seconds });
    this.print(`[${this.elapsed().toFixed(1).padStart(6)} s] ${label.padEnd(34)} ${rows.toLocaleString("en-US").padStart(11)} rows  ${seconds.toFixed(1).padStart(6)} s`);
    return rows;
  }

  note(line: string) {
    this.print(`[${this.elapsed().toFixed(1).padStart(6)} s] ${line}`);
  }

  elapsed(): number {
    return (performance.now() - this.started) / 1000;
  }
}
