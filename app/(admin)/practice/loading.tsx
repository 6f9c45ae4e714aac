import { PageLoading } from "@/components/layout/page-loading";
import { Skeleton } from "@/components/ui/skeleton";

export default function PracticeLoading() {
  return (
    <PageLoading label="Loading counselors…">
      <Skeleton className="h-48" />
    </PageLoading>
  );
}
