import { connection } from "next/server";
import { notFound } from "next/navigation";
import { OutboxMessageView } from "@/components/mail/outbox-message";
import { env } from "@/server/env.js";
import { readOutboxMessage } from "@/server/mail/outbox";
import { mailMode } from "@/server/mail/transport";

export const metadata = { title: "Outbox message" };

export default async function OutboxMessagePage({ params }: { params: Promise<{ messageId: string }> }) {
  await connection();
  if (mailMode() !== "outbox") notFound();
  const message = await readOutboxMessage(env.OUTBOX_DIR, (await params).messageId);
  if (!message) notFound();
  return <OutboxMessageView message={message} />;
}
