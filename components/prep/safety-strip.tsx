import { CheckCircle2, CircleAlert } from "lucide-react";
import Link from "next/link";
import { Badge } from "../ui/badge";
import { AcknowledgeFlag } from "./acknowledge-flag";
import { formatShortDate, partnerNamer } from "./format";
import type { PartnerRef, PrepFlag } from "./types";

const SEVERITY = {
  critical: { text: "Critical", tone: "danger" },
  high: { text: "High", tone: "danger" },
  medium: { text: "Medium", tone: "warning" },
  low: { text: "Low", tone: "neutral" },
} as const;

const SEVERITY_RANK = { critical: 0, high: 1, medium: 2, low: 3 } as const;

function FlagItem({ flag, coupleId, timeZone }: { flag: PrepFlag; coupleId: string; timeZone: string }) {
  const severity = SEVERITY[flag.severity];
  return (
    <li className="flex flex-col gap-2 rounded-md border border-border p-3 print:break-inside-avoid">
      <div className="flex flex-wrap items-center gap-1.5">
        <Badge tone={severity.tone}>
          <span className="sr-only">Severity: </span>
          {severity.text}
        </Badge>
        {flag.isNew ? <Badge tone="primary">New since last session</Badge> : null}
        <span className="font-medium">{flag.rule}</span>
      </div>
      {flag.excerpt ? (
        <blockquote className="border-l-2 border-destructive/40 pl-3 text-sm whitespace-pre-wrap break-words">“{flag.excerpt}”</blockquote>
      ) : null}
      <p className="flex flex-wrap items-center gap-x-3 gap-y-1 text-sm text-muted-foreground">
        <span>Raised {formatShortDate(flag.raisedAt, timeZone)}</span>
        {flag.acknowledgedAt ? (
          <span className="inline-flex items-center gap-1 text-success">
            <CheckCircle2 aria-hidden className="size-4" /> Acknowledged {formatShortDate(flag.acknowledgedAt, timeZone)}
          </span>
        ) : (
          <span className="inline-flex items-center gap-1 font-medium text-warning">
            <CircleAlert aria-hidden className="size-4" /> Not acknowledged yet
          </span>
        )}
        {flag.taskId ? (
          <Link href={`/couples/${coupleId}/answers/${flag.taskId}`} className="font-medium text-primary underline-offset-4 hover:underline print:hidden">
            Open answers<span className="sr-only"> for this flag</span>
          </Link>
        ) : null}
      </p>
      {flag.actionTaken ? <p className="text-sm">Action taken: {flag.actionTaken}</p> : null}
      {flag.acknowledgedAt ? null : <AcknowledgeFlag flagId={flag.id} />}
    </li>
  );
}

/** Flags per partner: new ones first, then the most severe, then the most recent. */
export function SafetyStrip({ flags, partners, coupleId, timeZone }: { flags: PrepFlag[]; partners: PartnerRef[]; coupleId: string; timeZone: string }) {
  const nameOf = partnerNamer(partners);
  if (flags.length === 0) {
    return <p className="text-sm text-muted-foreground">No safety flags since the last session.</p>;
  }
  const sorted = [...flags].sort(
    (a, b) => Number(b.isNew) - Number(a.isNew) || SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] || b.raisedAt.localeCompare(a.raisedAt),
  );
  const authors = [...partners.map((partner) => partner.userId), ...new Set(flags.map((flag) => flag.authorId))].filter(
    (userId, index, all) => all.indexOf(userId) === index,
  );
  return (
    <div className="grid gap-4 md:grid-cols-2">
      {authors.map((userId) => {
        const own = sorted.filter((flag) => flag.authorId === userId);
        const headingId = `flags-${userId}`;
        return (
          <div key={userId} className="flex min-w-0 flex-col gap-2">
            <h3 id={headingId} className="text-sm font-semibold">
              {nameOf(userId)} <span className="font-normal text-muted-foreground">· {own.length === 0 ? "no flags" : own.length === 1 ? "1 flag" : `${own.length} flags`}</span>
            </h3>
            {own.length > 0 ? (
              <ul aria-labelledby={headingId} className="flex flex-col gap-2">
                {own.map((flag) => (
                  <FlagItem key={flag.id} flag={flag} coupleId={coupleId} timeZone={timeZone} />
                ))}
              </ul>
            ) : null}
          </div>
        );
      })}
    </div>
  );
}
