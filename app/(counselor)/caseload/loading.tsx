import { Skeleton } from "@/components/ui/skeleton";

export default function CaseloadLoading() {
  return (
    <div aria-busy="true" aria-live="polite">
      <span className="sr-only">Loading your caseload…</span>
      <Skeleton className="mb-3 h-9 w-48" />
      <Skeleton className="mb-8 h-5 w-40" />
      <div className="divide-y divide-border rounded-lg border border-border bg-surface">
        {[0, 1, 2].map((row) => (
          <div key={row} className="flex items-center gap-6 px-6 py-5">
            <Skeleton className="h-5 w-48" />
            <Skeleton className="h-5 flex-1" />
          </div>
        ))}
      </div>
    </div>
  );
}
