import { Skeleton } from "@/components/ui/skeleton";

export default function TodayLoading() {
  return (
    <div aria-busy="true">
      <span className="sr-only">Loading today…</span>
      <Skeleton className="mb-3 h-9 w-56" />
      <Skeleton className="mb-8 h-5 w-40" />
      <Skeleton className="h-48" />
    </div>
  );
}
