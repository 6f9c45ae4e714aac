import { Inbox } from "lucide-react";
import Link from "next/link";
import { formatDateTime } from "../format";
import { EmptyState } from "../layout/empty-state";
import { OutboxFrame } from "./outbox-frame";

export interface OutboxListItem {
  id: string;
  to: string;
  subject: string;
  sentAt: string;
}

export function OutboxList({ messages }: { messages: OutboxListItem[] }) {
  return (
    <OutboxFrame title="Outbox">
      {messages.length === 0 ? (
        <EmptyState icon={Inbox} title="No emails yet">
          Invitations, password resets and reminders appear here, newest first.
        </EmptyState>
      ) : (
        <ul className="divide-y divide-border overflow-hidden rounded-lg border border-border bg-surface" aria-label="Emails, newest first">
          {messages.map((message) => (
            <li key={message.id}>
              <Link href={`/dev/outbox/${message.id}`} className="flex flex-col gap-0.5 px-4 py-3 hover:bg-muted focus-visible:bg-muted sm:flex-row sm:items-baseline sm:justify-between sm:gap-4">
                <span className="font-medium text-foreground">{message.subject}</span>
                <span className="text-sm text-muted-foreground">
                  to {message.to} · <time dateTime={message.sentAt}>{formatDateTime(new Date(message.sentAt), "UTC")} UTC</time>
                </span>
              </Link>
            </li>
          ))}
        </ul>
      )}
    </OutboxFrame>
  );
}
