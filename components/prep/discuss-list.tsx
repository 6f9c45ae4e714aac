import Link from "next/link";
import { Badge } from "../ui/badge";
import { formatShortDate, partnerNamer } from "./format";
import type { DiscussEntry, PartnerRef } from "./types";

const KIND = {
  rule: { text: "From their answers", tone: "primary" },
  pinned: { text: "Pinned by partner", tone: "success" },
  release_waiting: { text: "Waiting for release", tone: "warning" },
  share_request: { text: "Share request", tone: "neutral" },
} as const;

/** Held questions, pinned items, letters waiting for release and open share requests. */
export function DiscussList({ entries, partners, coupleId, timeZone }: { entries: DiscussEntry[]; partners: PartnerRef[]; coupleId: string; timeZone: string }) {
  const nameOf = partnerNamer(partners);
  if (entries.length === 0) return <p className="text-sm text-muted-foreground">Nothing was held, pinned or left waiting since the last session.</p>;
  return (
    <ul className="flex flex-col divide-y divide-border rounded-md border border-border">
      {entries.map((entry, index) => (
        <li key={`${entry.kind}-${entry.taskId}-${index}`} className="flex flex-col gap-1.5 p-4 print:break-inside-avoid">
          <div className="flex flex-wrap items-center gap-2">
            <Badge tone={KIND[entry.kind].tone}>{KIND[entry.kind].text}</Badge>
            <span className="font-medium">{entry.label}</span>
          </div>
          {entry.detail ? <p className="whitespace-pre-wrap break-words">{entry.detail}</p> : null}
          <p className="flex flex-wrap gap-x-3 gap-y-1 text-sm text-muted-foreground">
            <span>
              {nameOf(entry.authorId)} · {entry.exerciseTitle} · {formatShortDate(entry.at, timeZone)}
            </span>
            <Link href={`/couples/${coupleId}/answers/${entry.taskId}`} className="font-medium text-primary underline-offset-4 hover:underline print:hidden">
              Open answers<span className="sr-only"> for “{entry.label}”</span>
            </Link>
          </p>
        </li>
      ))}
    </ul>
  );
}
