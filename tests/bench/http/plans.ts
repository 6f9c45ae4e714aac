import { createRequire } from "node:module";
import pg, { type Pool, type PoolClient, type QueryConfig } from "pg";
import { resend, Substitutions, type Statement } from "./floor";

// pg's own conversion of a parameter to its text form (arrays, dates, JSON), which its types omit.
const { prepareValue } = createRequire(import.meta.url)("pg/lib/utils") as { prepareValue: (value: unknown) => string | null };

/** The check fails on a sequential scan of any table with more rows than this. */
export const SEQ_SCAN_LIMIT = 10_000;

interface PlanNode {
  "Node Type": string;
  "Total Cost": number;
  "Relation Name"?: string;
  Plans?: PlanNode[];
}

export interface SeqScan {
  scenario: string;
  /** The plan PostgreSQL makes for these values, or the generic one a prepared statement may switch to. */
  plan: "custom" | "generic";
  table: string;
  rows: number;
  statement: string;
}

function* walk(node: PlanNode): Generator<PlanNode> {
  yield node;
  for (const child of node.Plans ?? []) yield* walk(child);
}

const EXPLAINABLE = /^\s*(select|insert|update|delete|with)\b/i;

/**
 * Runs every captured statement of every scenario under EXPLAIN (ANALYZE, BUFFERS) on
 * the generated data, in order and inside a rolled-back transaction (ANALYZE executes
 * the statement, and later statements must see what earlier ones wrote), and lists each
 * sequential scan of a table over SEQ_SCAN_LIMIT rows.
 */
export async function findLargeSeqScans(pool: Pool, captures: { scenario: string; statements: Statement[] }[]): Promise<SeqScan[]> {
  const sizes = new Map(
    (await pool.query<{ relname: string; rows: number }>(`SELECT relname, reltuples::bigint AS rows FROM pg_class WHERE relkind = 'r' AND relnamespace = 'public'::regnamespace`)).rows.map((row) => [
      row.relname,
      Number(row.rows),
    ]),
  );
  const found: SeqScan[] = [];
  const client = await pool.connect();
  try {
    for (const { scenario, statements } of captures) {
      await client.query("BEGIN");
      try {
        const substitutions = new Substitutions();
        for (const statement of statements) {
          const [query, values] = statement;
          const text = typeof query === "string" ? query : query.text;
          if (!EXPLAINABLE.test(text)) continue;
          // Plan first (EXPLAIN ANALYZE's rows are the plan, not the answer), then send the
          // statement itself so what it returns feeds the statements after it.
          await client.query("SAVEPOINT bench_explain");
          const explain: QueryConfig = { text: `EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON) ${text}`, values: substitutions.apply(values ?? (typeof query === "string" ? [] : query.values)) ?? [] };
          const { rows } = await client.query<{ "QUERY PLAN": { Plan: PlanNode }[] }>(explain);
          await client.query("ROLLBACK TO SAVEPOINT bench_explain");
          await client.query("RELEASE SAVEPOINT bench_explain");
          const custom = rows[0]!["QUERY PLAN"][0]!.Plan;
          const generic = explain.values!.length > 0 ? await genericPlan(client, text, explain.values!) : null;
          await resend(client, statement, substitutions);
          // PostgreSQL keeps making custom plans while the generic one is estimated to cost more.
          const reachable = generic && generic["Total Cost"] <= custom["Total Cost"] * 1.1 ? generic : null;
          for (const [plan, root] of [["custom", custom], ["generic", reachable]] as const) {
            for (const node of root ? walk(root) : []) {
              const table = node["Relation Name"];
              if (node["Node Type"] !== "Seq Scan" || !table) continue;
              const size = sizes.get(table) ?? 0;
              if (size > SEQ_SCAN_LIMIT) found.push({ scenario, plan, table, rows: size, statement: text.replace(/\s+/g, " ").slice(0, 240) });
            }
          }
        }
      } finally {
        await client.query("ROLLBACK");
      }
    }
  } finally {
    client.release();
  }
  return found;
}

/**
 * The app sends its statements prepared (db/named-statements.ts), and after five runs
 * PostgreSQL may keep one generic plan for every value: that plan must not scan a large
 * table either. EXPLAIN cannot take parameters, so the values go in as literals.
 */
async function genericPlan(client: PoolClient, text: string, values: unknown[]): Promise<PlanNode> {
  const literals = values.map((value) => {
    const prepared = prepareValue(value);
    return prepared === null ? "NULL" : pg.escapeLiteral(prepared);
  });
  await client.query("SAVEPOINT bench_generic");
  let prepared = false;
  try {
    await client.query(`PREPARE bench_generic AS ${text}`);
    prepared = true;
    await client.query("SET LOCAL plan_cache_mode = force_generic_plan");
    const { rows } = await client.query<{ "QUERY PLAN": { Plan: PlanNode }[] }>(`EXPLAIN (FORMAT JSON) EXECUTE bench_generic(${literals.join(", ")})`);
    return rows[0]!["QUERY PLAN"][0]!.Plan;
  } finally {
    // The setting goes with the savepoint; a prepared statement outlives it and is dropped by name.
    await client.query("ROLLBACK TO SAVEPOINT bench_generic");
    await client.query("RELEASE SAVEPOINT bench_generic");
    if (prepared) await client.query("DEALLOCATE bench_generic");
  }
}
