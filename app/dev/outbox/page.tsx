import { connection } from "next/server";
import { notFound } from "next/navigation";
import { OutboxList } from "@/components/mail/outbox-list";
import { env } from "@/server/env.js";
import { listOutboxMessages } from "@/server/mail/outbox";
import { mailMode } from "@/server/mail/transport";

export const metadata = { title: "Outbox" };

/**
 * The local outbox, for installs without SMTP: the emails Trellis would have sent, so
 * invitations and password resets work on a fresh clone. With SMTP_URL set it does not exist.
 */
export default async function OutboxPage() {
  await connection();
  if (mailMode() !== "outbox") notFound();
  const messages = await listOutboxMessages(env.OUTBOX_DIR);
  return <OutboxList messages={messages.map(({ id, to, subject, sentAt }) => ({ id, to, subject, sentAt }))} />;
}
