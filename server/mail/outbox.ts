import { randomBytes } from "node:crypto";
import { mkdir, readdir, readFile, writeFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import * as z from "zod";

/** What the outbox keeps of a message: enough to read it and follow its link. */
export const ZOutboxMessage = z.object({
  id: z.string(),
  to: z.string(),
  from: z.string(),
  subject: z.string(),
  text: z.string(),
  html: z.string(),
  sentAt: z.string(),
});
export type OutboxMessage = z.infer<typeof ZOutboxMessage>;

const FILE_NAME = /^(\d{13})-([a-f0-9]{12})\.json$/;

/** Writes one message as a JSON file named by time, so a listing sorts newest first by name. */
export async function writeOutboxMessage(dir: string, message: Omit<OutboxMessage, "id" | "sentAt">, now: Date): Promise<OutboxMessage> {
  await mkdir(resolve(dir), { recursive: true });
  const id = `${now.getTime()}-${randomBytes(6).toString("hex")}`;
  const stored: OutboxMessage = { ...message, id, sentAt: now.toISOString() };
  await writeFile(join(resolve(dir), `${id}.json`), JSON.stringify(stored, null, 2), { mode: 0o600, flag: "wx" });
  return stored;
}

export async function listOutboxMessages(dir: string, limit = 100): Promise<OutboxMessage[]> {
  let names: string[];
  try {
    names = await readdir(resolve(dir));
  } catch {
    return [];
  }
  const newest = names.filter((name) => FILE_NAME.test(name)).sort().reverse().slice(0, limit);
  const messages = await Promise.all(newest.map((name) => readOutboxFile(dir, name)));
  return messages.filter((message): message is OutboxMessage => message !== null);
}

export async function readOutboxMessage(dir: string, id: string): Promise<OutboxMessage | null> {
  const name = `${id}.json`;
  // The id comes from a URL: only names the outbox itself writes are opened.
  return FILE_NAME.test(name) ? readOutboxFile(dir, name) : null;
}

async function readOutboxFile(dir: string, name: string): Promise<OutboxMessage | null> {
  try {
    const parsed = ZOutboxMessage.safeParse(JSON.parse(await readFile(join(resolve(dir), name), "utf8")));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
