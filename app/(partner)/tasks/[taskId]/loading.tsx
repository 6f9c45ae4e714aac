import { PageLoading } from "@/components/layout/page-loading";
import { Skeleton } from "@/components/ui/skeleton";

export default function TaskLoading() {
  return (
    <PageLoading label="Opening the exercise…">
      <Skeleton className="h-10 w-2/3" />
      <Skeleton className="h-32" />
      <Skeleton className="h-64" />
    </PageLoading>
  );
}
