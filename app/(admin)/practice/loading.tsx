import { Skeleton } from "@/components/ui/skeleton";

export default function PracticeLoading() {
  return (
    <div aria-busy="true">
      <span className="sr-only">Loading counselors…</span>
      <Skeleton className="mb-3 h-9 w-48" />
      <Skeleton className="mb-8 h-5 w-96 max-w-full" />
      <Skeleton className="h-48" />
    </div>
  );
}
