import { Writable } from "node:stream";
import { sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "@/db/client";
import { createInnerContext } from "@/server/api/context";
import { appRouter } from "@/server/api/root";
import { createLogger } from "@/server/logger";
import { claimsFor } from "../../support/callers";
import { useScratchDatabase } from "../../support/database";
import { createPractice, createUser, type TestUser } from "../../support/factories";
import { callOverHttp } from "../../support/http";

describe("an unexpected server error", () => {
  // A scratch database, because this test breaks the schema on purpose.
  const scratch = useScratchDatabase();
  let handle: DatabaseHandle;
  let counselor: TestUser;
  const logLines: string[] = [];
  const log = createLogger(
    new Writable({
      write(chunk, _encoding, done) {
        logLines.push(String(chunk));
        done();
      },
    }),
    "info",
  );

  beforeAll(async () => {
    handle = scratch.handle;
    const practice = await createPractice(handle.db);
    counselor = await createUser(handle.db, { practiceId: practice.id, role: "counselor" });
    await handle.db.execute(sql`DROP TABLE couples CASCADE`);
  });

  it("reaches the client as a generic message with a reference, without SQL, input or stack", async () => {
    const canary = `CANARY-${crypto.randomUUID()}`;
    const ctx = createInnerContext({ db: handle.db, session: claimsFor(counselor), log });
    const response = await callOverHttp(
      appRouter,
      ctx,
      "couple.create",
      {
        displayName: canary,
        timeZone: "UTC",
        secretsPolicy: "no_secrets",
        partners: [
          { displayName: "A Person", email: "a-person@example.test", label: "mutual" },
          { displayName: "B Person", email: "b-person@example.test", label: "mutual" },
        ],
      },
      "mutation",
    );

    expect(response.status).toBe(500);
    const error = response.body.error?.json;
    expect(error?.data.code).toBe("INTERNAL_SERVER_ERROR");
    expect(error?.data.correlationId).toMatch(/^[0-9a-f-]{36}$/);
    expect(error?.message).toContain(error?.data.correlationId);
    expect(error?.data.stack).toBeUndefined();
    for (const leak of [canary, "insert into", "Failed query", '"couples"', "params", 'relation "', "    at "]) {
      expect(response.text).not.toContain(leak);
    }

    const logged = logLines.join("\n");
    expect(logged).toContain(error?.data.correlationId);
    expect(logged).toContain("couple.create");
    expect(logged).not.toContain(canary);
  });

  it("on a read reaches the client the same way", async () => {
    const ctx = createInnerContext({ db: handle.db, session: claimsFor(counselor), log });
    const response = await callOverHttp(appRouter, ctx, "couple.list", undefined, "query");
    expect(response.status).toBe(500);
    expect(response.body.error?.json.message).toMatch(/^Something went wrong on our side/);
    expect(response.text).not.toMatch(/select|from "|couple_members/i);
  });
});
