import { cn } from "../ui/cn";

/** The Trellis mark: a small lattice with one growing leaf. */
export function BrandMark({ className }: { className?: string }) {
  return (
    <svg viewBox="0 0 32 32" aria-hidden className={cn("size-7", className)}>
      <rect width="32" height="32" rx="8" fill="#255f59" />
      <path d="M9 23 L23 9 M9 9 L23 23 M16 7 V25 M7 16 H25" stroke="#e3efec" strokeWidth="1.6" strokeLinecap="round" opacity="0.55" />
      <path d="M16 22 C16 16 19 12.5 24 11.5 C23.5 16.5 20.5 20 16 22 Z" fill="#f8f7f4" />
    </svg>
  );
}

/** The mark and wordmark; `compactOnPhone` keeps only the mark on narrow screens, where the header is crowded. */
export function Brand({ className, compactOnPhone = false }: { className?: string; compactOnPhone?: boolean }) {
  return (
    <span className={cn("inline-flex items-center gap-2 text-lg font-semibold tracking-tight text-foreground", className)}>
      <BrandMark />
      <span className={compactOnPhone ? "sr-only sm:not-sr-only" : undefined}>Trellis</span>
    </span>
  );
}
