import type { Pool } from "pg";
import { resend, Substitutions, type Statement } from "./floor";
import { percentile } from "./load";

export interface StatementCost {
  /** Position in the request, from 1. */
  position: number;
  sql: string;
  p50Ms: number;
  rows: number;
}

const preview = ([query]: Statement) => (typeof query === "string" ? query : query.text).replace(/\s+/g, " ").trim().slice(0, 160);

/**
 * Where an endpoint's raw-SQL floor goes: every captured request replayed `repeats` times
 * statement by statement (as measureFloor does, in a rolled-back transaction), each
 * statement timed on its own. Captures of one endpoint send the same statements in the
 * same order, so the position identifies the statement across them.
 */
export async function profileStatements(pool: Pool, captures: Statement[][], repeats: number): Promise<StatementCost[]> {
  const client = await pool.connect();
  const samples = new Map<number, { sql: string; times: number[]; rows: number[] }>();
  try {
    for (let round = 0; round <= repeats; round += 1) {
      for (const capture of captures) {
        await client.query("BEGIN");
        try {
          const substitutions = new Substitutions();
          for (const [index, statement] of capture.entries()) {
            const started = performance.now();
            const result = await resend(client, statement, substitutions);
            const elapsed = performance.now() - started;
            if (round === 0) continue; // the first round warms plans and buffers
            const entry = samples.get(index) ?? { sql: preview(statement), times: [], rows: [] };
            entry.times.push(elapsed);
            entry.rows.push(result.rowCount ?? 0);
            samples.set(index, entry);
          }
        } finally {
          await client.query("ROLLBACK");
        }
      }
    }
  } finally {
    client.release();
  }
  return [...samples.entries()].map(([index, { sql, times, rows }]) => ({
    position: index + 1,
    sql,
    p50Ms: Number(percentile([...times].sort((a, b) => a - b), 0.5).toFixed(3)),
    rows: Math.round(rows.reduce((sum, each) => sum + each, 0) / rows.length),
  }));
}
