import { PageLoading } from "@/components/layout/page-loading";
import { Skeleton } from "@/components/ui/skeleton";

export default function PrepLoading() {
  return (
    <PageLoading label="Loading session prep…">
      <div className="flex flex-col gap-6">
        <Skeleton className="h-32 rounded-lg" />
        <Skeleton className="h-56 rounded-lg" />
        <Skeleton className="h-72 rounded-lg" />
        <Skeleton className="h-40 rounded-lg" />
      </div>
    </PageLoading>
  );
}
