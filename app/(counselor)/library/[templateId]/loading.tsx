import { PageLoading } from "@/components/layout/page-loading";
import { Skeleton } from "@/components/ui/skeleton";

export default function TemplateLoading() {
  return (
    <PageLoading label="Loading the exercise…">
      <div className="flex flex-col gap-4">
        <Skeleton className="h-8 w-72" />
        <Skeleton className="h-4 w-full max-w-xl" />
        <Skeleton className="h-64 w-full" />
      </div>
    </PageLoading>
  );
}
