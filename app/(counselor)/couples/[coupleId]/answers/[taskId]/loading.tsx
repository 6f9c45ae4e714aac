import { PageLoading } from "@/components/layout/page-loading";
import { Skeleton } from "@/components/ui/skeleton";

export default function AnswersLoading() {
  return (
    <PageLoading label="Loading answers…">
      <Skeleton className="h-24" />
      <Skeleton className="h-72" />
    </PageLoading>
  );
}
