import { PageLoading } from "@/components/layout/page-loading";
import { Skeleton } from "@/components/ui/skeleton";

export default function CaseloadLoading() {
  return (
    <PageLoading label="Loading your caseload…">
      <Skeleton className="mb-4 h-40 rounded-lg" />
      <Skeleton className="mb-4 h-5 w-64 max-w-full" />
      <div className="divide-y divide-border rounded-lg border border-border bg-surface">
        {[0, 1, 2].map((row) => (
          <div key={row} className="flex flex-col gap-3 px-4 py-5 sm:px-6">
            <Skeleton className="h-5 w-48 max-w-full" />
            <Skeleton className="h-4 w-72 max-w-full" />
            <div className="grid gap-3 sm:grid-cols-2">
              <Skeleton className="h-12" />
              <Skeleton className="h-12" />
            </div>
          </div>
        ))}
      </div>
    </PageLoading>
  );
}
