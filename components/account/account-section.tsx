import { ChevronRight } from "lucide-react";
import Link from "next/link";
import type { ReactNode } from "react";
import { Card } from "../ui/card";

/** One row of the account overview: what it is, where it stands, and the way in. */
export function AccountSection({ href, title, status, children }: { href: string; title: string; status?: ReactNode; children: ReactNode }) {
  return (
    <Card>
      <Link href={href} className="flex items-center gap-4 rounded-lg p-5 hover:bg-muted/50 sm:p-6">
        <div className="flex min-w-0 flex-1 flex-col gap-1">
          <h2 className="flex flex-wrap items-center gap-2 text-base font-semibold text-foreground">
            {title} {status}
          </h2>
          <p className="text-sm text-muted-foreground">{children}</p>
        </div>
        <ChevronRight aria-hidden className="size-5 shrink-0 text-muted-foreground" />
      </Link>
    </Card>
  );
}
