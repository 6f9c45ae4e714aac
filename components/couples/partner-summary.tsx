import type { PartnerLabel } from "@/db/schema/_shared/enums";
import { Badge } from "../ui/badge";
import { PARTNER_LABEL_NAMES, PARTNER_LABEL_SHORT } from "./labels";

/** "Alex Rivera (HP)": the short label for the eye, the full one for screen readers. */
export function PartnerSummary({ displayName, label, hasJoined }: { displayName: string; label: PartnerLabel; hasJoined: boolean }) {
  const short = PARTNER_LABEL_SHORT[label];
  return (
    <span className="inline-flex flex-wrap items-center gap-1.5">
      <span className="text-foreground">{displayName}</span>
      {short ? (
        <>
          <span aria-hidden className="text-xs font-medium text-muted-foreground">
            ({short})
          </span>
          <span className="sr-only">, {PARTNER_LABEL_NAMES[label].toLowerCase()}</span>
        </>
      ) : null}
      {hasJoined ? null : <Badge tone="warning">Not joined yet</Badge>}
    </span>
  );
}
