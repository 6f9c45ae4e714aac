import type { Database } from "@/db/client";
import { flushOutbox } from "../mail/flush";
import { appUrl, configuredSender } from "../mail/transport";
import { QUEUES } from "./queues";
import type { JobHandlers } from "./boss";

/** What each queue does when woken; every handler is safe to run twice or concurrently. */
export function jobHandlers(db: Database): JobHandlers {
  const send = configuredSender();
  return {
    [QUEUES.mailFlush]: async () => {
      // Drain in batches so a backlog (an outage of the mail server) clears in one wake-up.
      for (;;) {
        const { sent, failed } = await flushOutbox(db, { send, appUrl: appUrl() });
        if (sent + failed === 0) return;
      }
    },
  };
}
