import { Skeleton } from "@/components/ui/skeleton";

export default function CoupleLoading() {
  return (
    <div aria-busy="true">
      <span className="sr-only">Loading couple…</span>
      <Skeleton className="mb-6 h-5 w-24" />
      <Skeleton className="mb-8 h-9 w-64" />
      <div className="grid gap-6 md:grid-cols-3">
        <Skeleton className="h-72" />
        <Skeleton className="h-72 md:col-span-2" />
      </div>
    </div>
  );
}
