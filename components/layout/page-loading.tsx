import type { ReactNode } from "react";
import { Skeleton } from "../ui/skeleton";

/** The skeleton of a page header with `children` standing in for the body, announced to screen readers. */
export function PageLoading({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div aria-busy="true">
      <span className="sr-only" role="status">
        {label}
      </span>
      <Skeleton className="mb-3 h-9 w-56" />
      <Skeleton className="mb-8 h-5 w-72 max-w-full" />
      {children}
    </div>
  );
}
