import { PageLoading } from "@/components/layout/page-loading";
import { Skeleton } from "@/components/ui/skeleton";

export default function CoupleLoading() {
  return (
    <PageLoading label="Loading couple…">
      <div className="grid gap-6 md:grid-cols-3">
        <Skeleton className="h-72" />
        <Skeleton className="h-72 md:col-span-2" />
      </div>
    </PageLoading>
  );
}
