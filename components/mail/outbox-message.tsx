import Link from "next/link";
import type { OutboxMessage } from "@/server/mail/outbox";
import { formatDateTime } from "../format";
import { OutboxFrame } from "./outbox-frame";

const URL_SPLIT = /(https?:\/\/[^\s]+)/;
const IS_URL = /^https?:\/\//;

/** Shows the plain-text part, with its links made clickable; the HTML part is never rendered. */
export function OutboxMessageView({ message }: { message: OutboxMessage }) {
  return (
    <OutboxFrame title={message.subject}>
      <Link href="/dev/outbox" className="text-sm font-medium text-primary underline-offset-4 hover:underline">
        ← All emails
      </Link>
      <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
        <dt className="text-muted-foreground">To</dt>
        <dd>{message.to}</dd>
        <dt className="text-muted-foreground">From</dt>
        <dd>{message.from}</dd>
        <dt className="text-muted-foreground">Sent</dt>
        <dd>
          <time dateTime={message.sentAt}>{formatDateTime(new Date(message.sentAt), "UTC")} UTC</time>
        </dd>
      </dl>
      <article className="flex flex-col gap-4 rounded-lg border border-border bg-surface p-5 leading-relaxed" aria-label="Message">
        {message.text.split("\n\n").map((paragraph, index) => (
          <p key={index}>
            {paragraph.split(URL_SPLIT).map((part, partIndex) =>
              IS_URL.test(part) ? (
                <a key={partIndex} href={part} className="break-all font-medium text-primary underline underline-offset-4">
                  {part}
                </a>
              ) : (
                part
              ),
            )}
          </p>
        ))}
      </article>
    </OutboxFrame>
  );
}
