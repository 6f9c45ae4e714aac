import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { DatabaseHandle } from "@/db/client";
import { migrateDatabase } from "@/db/migrate";
import { emailDeliveries } from "@/db/schema";
import { startJobs, stopJobs } from "@/server/jobs/boss";
import { QUEUES } from "@/server/jobs/queues";
import { flushOutbox } from "@/server/mail/flush";
import { queueEmail } from "@/server/mail/queue-email";
import type { OutgoingEmail } from "@/server/mail/transport";
import { createEmptyDatabase } from "../../support/database";
import { TEST_APP_URL } from "../../support/mail";

// pg-boss installs its own schema, so it gets a database of its own.
let handle: DatabaseHandle;
let dispose: () => Promise<void>;
beforeAll(async () => {
  ({ handle, dispose } = await createEmptyDatabase());
  await migrateDatabase(handle);
});
afterAll(async () => {
  await stopJobs();
  await dispose();
});

describe("the job queue on this database", () => {
  it("runs the mail job through pg-boss, and a job retried after sending sends nothing twice", async () => {
    const sent: OutgoingEmail[] = [];
    let calls = 0;
    const boss = await startJobs(
      handle,
      {
        [QUEUES.mailFlush]: async () => {
          calls += 1;
          await flushOutbox(handle.db, { appUrl: TEST_APP_URL, send: (email) => Promise.resolve(void sent.push(email)) });
          // The first run fails after the message went out, as a crash before the job is acknowledged would.
          if (calls === 1) throw new Error("worker lost after sending");
        },
      },
      { retryDelaySeconds: 0 },
    );

    await queueEmail(handle.db, {
      idempotencyKey: "test:password-reset:1",
      userId: null,
      to: "someone@example.test",
      message: { template: "password_reset", params: { path: "/reset-password/abc", validMinutes: 30 } },
    });
    await boss.send(QUEUES.mailFlush, {});

    await vi.waitFor(() => expect(calls).toBeGreaterThanOrEqual(2), { timeout: 20_000, interval: 100 });
    await boss.send(QUEUES.mailFlush, {});
    await vi.waitFor(() => expect(calls).toBeGreaterThanOrEqual(3), { timeout: 20_000, interval: 100 });

    expect(sent).toHaveLength(1);
    expect(sent[0]!.subject).toBe("Reset your Trellis password");
    expect(sent[0]!.text).toContain(`${TEST_APP_URL}/reset-password/abc`);
    const [row] = await handle.db.select().from(emailDeliveries).where(eq(emailDeliveries.idempotencyKey, "test:password-reset:1"));
    expect(row).toMatchObject({ status: "sent", payload: null, attempts: 1 });
  });
});
