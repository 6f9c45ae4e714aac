import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { queryRows } from "@/db/client";
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
      expect(prepared[0]!.name).toMatch(/^trellis_[0-9a-f]{32}$/);
    } else {
      expect(prepared).toEqual([]);
    }
  });

  it("a statement that fails leaves the connection usable, and the same text still works", async () => {
    const { db } = database.handle;
    await expect(queryRows(db, sql`SELECT 1 / ${0}::int AS x`)).rejects.toThrow();
    await expect(queryRows(db, sql`SELECT 1 / ${0}::int AS x`)).rejects.toThrow();
    const [row] = await queryRows<{ x: number }>(db, sql`SELECT 4 / ${2}::int AS x`);
    expect(row?.x).toBe(2);
  });
});
