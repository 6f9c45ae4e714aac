import { PageLoading } from "@/components/layout/page-loading";
import { Skeleton } from "@/components/ui/skeleton";

export default function AssignmentLoading() {
  return (
    <PageLoading label="Loading homework…">
      <Skeleton className="h-24" />
      <Skeleton className="h-72" />
    </PageLoading>
  );
}
