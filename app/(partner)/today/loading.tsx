import { PageLoading } from "@/components/layout/page-loading";
import { Skeleton } from "@/components/ui/skeleton";

export default function TodayLoading() {
  return (
    <PageLoading label="Loading today…">
      <Skeleton className="h-48" />
    </PageLoading>
  );
}
