import { ChevronRight, Clock, ShieldAlert } from "lucide-react";
import Link from "next/link";
import type { Audience, CouplePhase } from "@/db/schema/_shared/enums";
import { Badge } from "../ui/badge";
import { AUDIENCE_NAMES } from "./labels";

export interface LibraryCardProps {
  id: string;
  title: string;
  summary: string;
  phase: CouplePhase;
  audience: Audience;
  estimatedMinutes: number;
  needsSafetyClearance: boolean;
  isMeasure: boolean;
  origin: "builtin" | "custom";
  archived: boolean;
  tags: string[];
}

export function LibraryCard(template: LibraryCardProps) {
  const nameId = `template-${template.id}-name`;
  return (
    <Link
      href={`/library/${template.id}`}
      aria-labelledby={nameId}
      aria-describedby={`template-${template.id}-details`}
      className="group flex h-full items-start gap-3 rounded-lg border border-border bg-surface p-4 hover:border-primary/40 hover:bg-muted/40 sm:p-5"
    >
      <div className="flex min-w-0 flex-1 flex-col gap-2">
        <span id={nameId} className="font-medium text-foreground">
          {template.title}
        </span>
        <div id={`template-${template.id}-details`} className="flex flex-col gap-2">
          <span className="flex flex-wrap gap-1.5">
            <Badge tone="primary">{template.phase.toUpperCase()}</Badge>
            <Badge>{AUDIENCE_NAMES[template.audience]}</Badge>
            {template.isMeasure ? <Badge>Measure</Badge> : null}
            {template.origin === "custom" ? <Badge tone="success">Your practice</Badge> : null}
            {template.archived ? <Badge tone="warning">Archived</Badge> : null}
            {template.needsSafetyClearance ? (
              <Badge tone="warning">
                <ShieldAlert aria-hidden className="size-3" /> Needs safety clearance
              </Badge>
            ) : null}
          </span>
          {template.summary ? <span className="line-clamp-2 text-sm text-muted-foreground">{template.summary}</span> : null}
          <span className="flex items-center gap-1.5 text-xs text-muted-foreground">
            <Clock aria-hidden className="size-3.5" /> About {template.estimatedMinutes} min
          </span>
        </div>
      </div>
      <ChevronRight aria-hidden className="mt-0.5 size-5 shrink-0 text-muted-foreground group-hover:text-foreground" />
    </Link>
  );
}
