import { createHash } from "node:crypto";
import { createRequire } from "node:module";
import pg from "pg";

// pg's own conversion of a parameter to its wire form, which its types omit.
const { prepareValue } = createRequire(import.meta.url)("pg/lib/utils") as { prepareValue: (value: unknown) => unknown };

/**
 * How many distinct statements one process names. The app sends a few hundred distinct
 * texts (IN lists of different lengths count separately); past the cap a text goes
 * unnamed, so nothing that builds SQL text from values could fill a backend's memory.
 */
export const NAMED_STATEMENT_CAP = 400;

/**
 * Statements with more parameters than this stay unnamed: they are multi-row inserts and
 * long IN lists, whose text changes with the number of rows, mostly run once (the library
 * sync, a backfill), and would otherwise take the places of the statements every request sends.
 */
export const NAMED_STATEMENT_MAX_PARAMETERS = 80;

const PLANNABLE = /^\s*(select|insert|update|delete|with)\b/i;
const names = new Map<string, string>();
let generation = 0;

/**
 * Forgets every name given so far, once this process has replaced the schema (migrations,
 * the demo re-seed that drops it): a statement prepared earlier keeps the types it was
 * parsed with, which may no longer exist. New names make every connection prepare again;
 * the old statements stay unused on their connections until those close.
 */
export function forgetNamedStatements(): void {
  generation += 1;
  names.clear();
}

/** The name a statement text is prepared under, or undefined when it stays unnamed. */
export function statementName(text: string): string | undefined {
  const known = names.get(text);
  if (known !== undefined || names.size >= NAMED_STATEMENT_CAP || !PLANNABLE.test(text)) return known;
  const name = `trellis_${generation}_${createHash("sha256").update(text).digest("hex").slice(0, 32)}`;
  names.set(text, name);
  return name;
}

/**
 * A pg client that sends Drizzle's statements as named prepared statements. Each
 * connection then parses and plans a statement once, and PostgreSQL reuses its plan
 * (a generic one, once its cost is no worse than the custom plans it compared against)
 * instead of planning again on every request: planning was half the database time of the
 * larger queries (Today's shared answers: 5 ms to plan, 6 ms to run). The name is a hash
 * of the text, so the same name can never carry two texts.
 *
 * Statements prepared before a migration keep their plan's result type: run migrations
 * before the app serves (as start-up does) and restart instances after a schema change.
 */
export class NamingClient extends pg.Client {}

const sendQuery = Reflect.get(pg.Client.prototype, "query") as (this: pg.Client, ...args: unknown[]) => unknown;
NamingClient.prototype.query = function (this: pg.Client, config: unknown, ...rest: unknown[]) {
  // Only statements with parameters: those already go out as one statement over the extended
  // protocol, where a text without them might be several statements sent as a simple query.
  if (isUnnamedConfig(config) && convertible(valuesOf(config, rest[0]))) {
    const name = statementName(config.text);
    if (name) return sendQuery.call(this, { ...config, name }, ...rest);
  }
  return sendQuery.call(this, config, ...rest);
} as pg.Client["query"];

function valuesOf(config: pg.QueryConfig, values: unknown): unknown[] {
  if (Array.isArray(values)) return values;
  return Array.isArray(config.values) ? config.values : [];
}

/**
 * Values pg can send, and not too many of them. When pg fails to convert a value it closes
 * the statement on the server but still believes that connection has it, so every later
 * use of the text there would fail: such a statement goes unnamed, and fails alone.
 */
function convertible(values: unknown[]): boolean {
  if (values.length === 0 || values.length > NAMED_STATEMENT_MAX_PARAMETERS) return false;
  try {
    for (const value of values) prepareValue(value);
    return true;
  } catch {
    return false;
  }
}

function isUnnamedConfig(config: unknown): config is pg.QueryConfig {
  if (typeof config !== "object" || config === null) return false;
  const candidate = config as Partial<pg.QueryConfig> & { submit?: unknown };
  // A Query or cursor object (it has `submit`) is sent as it is.
  return typeof candidate.text === "string" && !candidate.name && typeof candidate.submit !== "function";
}

