import { PageLoading } from "@/components/layout/page-loading";
import { Skeleton } from "@/components/ui/skeleton";

export default function CaseloadLoading() {
  return (
    <PageLoading label="Loading your caseload…">
      <div className="divide-y divide-border rounded-lg border border-border bg-surface">
        {[0, 1, 2].map((row) => (
          <div key={row} className="flex items-center gap-6 px-6 py-5">
            <Skeleton className="h-5 w-48" />
            <Skeleton className="h-5 flex-1" />
          </div>
        ))}
      </div>
    </PageLoading>
  );
}
