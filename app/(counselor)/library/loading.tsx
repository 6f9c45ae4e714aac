import { PageLoading } from "@/components/layout/page-loading";
import { Skeleton } from "@/components/ui/skeleton";

export default function LibraryLoading() {
  return (
    <PageLoading label="Loading the exercise library…">
      <div className="grid gap-3 md:grid-cols-2">
        {[0, 1, 2, 3].map((card) => (
          <div key={card} className="flex flex-col gap-3 rounded-lg border border-border bg-surface p-5">
            <Skeleton className="h-5 w-56" />
            <Skeleton className="h-4 w-40" />
            <Skeleton className="h-4 w-full" />
          </div>
        ))}
      </div>
    </PageLoading>
  );
}
