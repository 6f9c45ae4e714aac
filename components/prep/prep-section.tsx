import { Lock } from "lucide-react";
import type { ReactNode } from "react";
import { Badge } from "../ui/badge";
import { cn } from "../ui/cn";

/** "Counselor only": on everything the couple must never see, on screen and on paper. */
export function CounselorOnly({ className }: { className?: string }) {
  return (
    <Badge className={cn("border border-border", className)}>
      <Lock aria-hidden className="size-3" /> Counselor only
    </Badge>
  );
}

/** One titled part of the prep page; sections print on their own where they fit. */
export function PrepSection({
  id,
  title,
  description,
  counselorOnly = false,
  actions,
  children,
  className,
}: {
  id: string;
  title: string;
  description?: ReactNode;
  counselorOnly?: boolean;
  actions?: ReactNode;
  children: ReactNode;
  className?: string;
}) {
  return (
    <section
      aria-labelledby={id}
      className={cn(
        "min-w-0 rounded-lg border border-border bg-surface shadow-[0_1px_2px_rgba(30,41,59,0.04)] print:break-inside-avoid-page print:rounded-none print:border-0 print:border-t print:shadow-none",
        className,
      )}
    >
      <div className="flex flex-col gap-2 p-5 pb-0 sm:flex-row sm:items-start sm:justify-between sm:p-6 sm:pb-0 print:px-0">
        <div className="flex flex-col gap-1">
          <h2 id={id} className="flex flex-wrap items-center gap-2 text-lg font-semibold text-foreground">
            {title}
            {counselorOnly ? <CounselorOnly /> : null}
          </h2>
          {description ? <p className="text-sm text-muted-foreground">{description}</p> : null}
        </div>
        {actions ? <div className="flex flex-wrap gap-2 print:hidden">{actions}</div> : null}
      </div>
      <div className="p-5 sm:p-6 print:px-0">{children}</div>
    </section>
  );
}

/** A section's calm "nothing here" line. */
export function SectionEmpty({ children }: { children: ReactNode }) {
  return <p className="rounded-md border border-dashed border-border px-4 py-6 text-center text-sm text-muted-foreground">{children}</p>;
}
