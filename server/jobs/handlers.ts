import type { Database } from "@/db/client";
import { flushOutbox } from "../mail/flush";
import { appUrl, configuredSender } from "../mail/transport";
import { runReminderTick } from "../services/reminders/run-reminder-tick";
import { QUEUES } from "./queues";
import type { JobHandlers } from "./boss";

/** What each queue does when woken; every handler is safe to run twice or concurrently. */
export function jobHandlers(db: Database): JobHandlers {
  const send = configuredSender();
  const flush = async () => {
    // Drain in batches so a backlog (an outage of the mail server) clears in one wake-up.
    for (;;) {
      const { sent, failed } = await flushOutbox(db, { send, appUrl: appUrl() });
      if (sent + failed === 0) return;
    }
  };
  return {
    [QUEUES.mailFlush]: flush,
    [QUEUES.remindersTick]: async () => {
      const { reminders, digests } = await runReminderTick(db);
      if (reminders + digests > 0) await flush();
    },
  };
}
