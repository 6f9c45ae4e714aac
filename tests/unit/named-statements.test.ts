import { describe, expect, it, vi } from "vitest";

// Which statements go out as named prepared statements (db/named-statements.ts): each
// distinct parameterised text once, under a name that only that text can have, up to a cap.

async function freshModule() {
  vi.resetModules();
  return import("@/db/named-statements");
}

describe("statementName", () => {
  it("names a text the same way every time, and different texts differently", async () => {
    const { statementName } = await freshModule();
    const first = statementName('select "id" from "tasks" where "tasks"."id" = $1');
    expect(first).toMatch(/^trellis_\d+_[0-9a-f]{32}$/);
    expect(statementName('select "id" from "tasks" where "tasks"."id" = $1')).toBe(first);
    expect(statementName('select "id" from "responses" where "responses"."id" = $1')).not.toBe(first);
    // PostgreSQL truncates identifiers past 63 bytes, which could make two names one.
    expect(first!.length).toBeLessThanOrEqual(63);
  });

  it("names reads and writes, never transaction control or other commands", async () => {
    const { statementName } = await freshModule();
    for (const text of ["select 1 where $1", "  WITH x AS (select $1) select * from x", "insert into t values ($1)", "update t set a = $1", "delete from t where a = $1"]) {
      expect(statementName(text), text).toBeDefined();
    }
    for (const text of ["begin", "commit", "savepoint sp1", "release savepoint sp1", "SET LOCAL statement_timeout = 0", "SELECTED"]) {
      expect(statementName(text), text).toBeUndefined();
    }
  });

  it("stops naming new texts at the cap, and keeps the names it gave", async () => {
    const { statementName, NAMED_STATEMENT_CAP } = await freshModule();
    const kept = statementName("select $1 as first");
    for (let index = 1; index < NAMED_STATEMENT_CAP; index += 1) expect(statementName(`select $1 as n${index}`)).toBeDefined();
    expect(statementName("select $1 as one_too_many")).toBeUndefined();
    expect(statementName("select $1 as first")).toBe(kept);
  });

  it("gives every text a new name once the schema has been replaced, and counts the cap afresh", async () => {
    const { statementName, forgetNamedStatements } = await freshModule();
    const before = statementName("select $1 as kept");
    forgetNamedStatements();
    const after = statementName("select $1 as kept");
    expect(after).toBeDefined();
    expect(after).not.toBe(before);
    expect(statementName("select $1 as kept")).toBe(after);
  });
});
