import type { Database } from "@/db/client";
import { flushOutbox } from "@/server/mail/flush";
import type { OutgoingEmail } from "@/server/mail/transport";

export const TEST_APP_URL = "https://trellis.test";

/**
 * Runs the real mail job against the test database and returns what it would have sent,
 * so a test can read the link an invitation or reset carries. On PostgreSQL, test files
 * share one database and run at once: name the recipients (`userIds`) so a file never
 * takes another file's messages. A file with a database of its own may leave it out.
 */
export async function deliverQueuedEmail(db: Database, now = new Date(), userIds?: string[]): Promise<OutgoingEmail[]> {
  const sent: OutgoingEmail[] = [];
  for (;;) {
    const result = await flushOutbox(db, { now, appUrl: TEST_APP_URL, send: (email) => Promise.resolve(void sent.push(email)), ...(userIds ? { userIds } : {}) });
    if (result.sent + result.failed === 0) return sent;
  }
}

/** The path of the first Trellis link in a message ("/invite/abc…"). */
export function linkPathIn(email: OutgoingEmail): string {
  const match = new RegExp(`${TEST_APP_URL}(/[^\\s]+)`).exec(email.text);
  if (!match?.[1]) throw new Error(`no Trellis link in "${email.subject}"`);
  return match[1];
}
