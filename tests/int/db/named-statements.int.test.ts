import { inArray, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { queryRows } from "@/db/client";
import { NAMED_STATEMENT_MAX_PARAMETERS } from "@/db/named-statements";
import { users } from "@/db/schema";
import { useTestDatabase } from "../../support/database";

// On PostgreSQL the app's pool prepares its parameterised statements once per connection
// (db/named-statements.ts); PGlite is one in-process connection and needs none of it.

describe("named statements", () => {
  const database = useTestDatabase();

  it("a parameterised query is prepared on its connection under its hashed name, and answers as before", async () => {
    const { db, mode } = database.handle;
    const marker = `named-statement-check-${Date.now()}`;
    // A transaction keeps every statement on one connection, so that connection's prepared statements can be read.
    const prepared = await db.transaction(async (tx) => {
      for (let round = 0; round < 3; round += 1) {
        expect(await tx.select({ id: users.id }).from(users).where(sql`${users.email} = ${marker}`)).toEqual([]);
      }
      return queryRows<{ name: string }>(tx, sql`SELECT name FROM pg_prepared_statements WHERE statement LIKE ${'%"users"."email" = $1%'}`);
    });
    if (mode === "postgres") {
      expect(prepared).toHaveLength(1);
      expect(prepared[0]!.name).toMatch(/^trellis_\d+_[0-9a-f]{32}$/);
    } else {
      expect(prepared).toEqual([]);
    }
  });

  it("a value pg cannot send fails that statement alone: the same text works next time on the same connection", async () => {
    const { db, mode } = database.handle;
    await db.transaction(async (tx) => {
      // JSON.stringify refuses a BigInt, so pg fails while converting the value, before sending it
      // (PGlite's own serializer accepts it).
      const unsendable = queryRows(tx, sql`SELECT ${{ count: 1n }}::jsonb AS x`);
      if (mode === "postgres") await expect(unsendable).rejects.toThrow();
      else await unsendable;
      const [row] = await queryRows<{ x: { count: number } }>(tx, sql`SELECT ${{ count: 1 }}::jsonb AS x`);
      expect(row?.x).toEqual({ count: 1 });
    });
  });

  it("a statement with many parameters (a multi-row insert, a long IN list) is not prepared", async () => {
    const { db, mode } = database.handle;
    const emails = Array.from({ length: NAMED_STATEMENT_MAX_PARAMETERS + 1 }, (_, index) => `many-parameters-${index}@example.test`);
    const prepared = await db.transaction(async (tx) => {
      expect(await tx.select({ id: users.id }).from(users).where(inArray(users.email, emails))).toEqual([]);
      expect(await tx.select({ id: users.id }).from(users).where(inArray(users.email, emails.slice(0, 2)))).toEqual([]);
      return queryRows<{ statement: string }>(tx, sql`SELECT statement FROM pg_prepared_statements WHERE statement LIKE ${'%"users"."email" in (%'}`);
    });
    expect(prepared.map((row) => (row.statement.match(/\$\d+/g) ?? []).length)).toEqual(mode === "postgres" ? [2] : []);
  });

  it("a statement that fails on the server leaves the connection usable, and the same text still works", async () => {
    const { db } = database.handle;
    await db.transaction(async (tx) => {
      await tx.execute(sql`SAVEPOINT division`);
      await expect(queryRows(tx, sql`SELECT 1 / ${0}::int AS x`)).rejects.toThrow();
      await tx.execute(sql`ROLLBACK TO SAVEPOINT division`);
      const [row] = await queryRows<{ x: number }>(tx, sql`SELECT 4 / ${2}::int AS x`);
      expect(row?.x).toBe(2);
    });
  });
});
