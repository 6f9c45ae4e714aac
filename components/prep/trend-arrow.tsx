import { ArrowDownRight, ArrowUpRight, CircleDashed, MoveRight } from "lucide-react";
import { cn } from "../ui/cn";
import { ARROW_TEXT } from "./format";
import type { TrendArrowKind } from "./types";

// Arrows point up for better and down for worse, whichever way the score itself runs,
// so a falling distress score and a rising trust score read the same way.
const ICONS = { better: ArrowUpRight, worse: ArrowDownRight, steady: MoveRight, unknown: CircleDashed } as const;
const TONES = { better: "text-success", worse: "text-destructive", steady: "text-muted-foreground", unknown: "text-muted-foreground" } as const;

/** One measure's direction: an icon for the eye, "Trust pulse: worse" for screen readers. */
export function TrendArrow({ arrow, label, showText = false, className }: { arrow: TrendArrowKind; label: string; showText?: boolean; className?: string }) {
  const Icon = ICONS[arrow];
  return (
    <span className={cn("inline-flex items-center gap-1", className)}>
      <Icon aria-hidden className={cn("size-4 shrink-0", TONES[arrow])} />
      {showText ? (
        <span>
          {label}: {ARROW_TEXT[arrow]}
        </span>
      ) : (
        <span className="sr-only">
          {label}: {ARROW_TEXT[arrow]}
        </span>
      )}
    </span>
  );
}

/** What the arrows mean, once per page. */
export function TrendLegend({ className }: { className?: string }) {
  return (
    <p className={cn("flex flex-wrap items-center gap-x-3 gap-y-1 text-xs text-muted-foreground", className)}>
      <span>Trend arrows:</span>
      {(["better", "steady", "worse", "unknown"] as const).map((arrow) => {
        const Icon = ICONS[arrow];
        return (
          <span key={arrow} className="inline-flex items-center gap-1">
            <Icon aria-hidden className={cn("size-4", TONES[arrow])} /> {ARROW_TEXT[arrow]}
          </span>
        );
      })}
    </p>
  );
}
