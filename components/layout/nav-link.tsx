"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { cn } from "../ui/cn";

/**
 * A main-nav link, marked current on its own path and on any of `sections` (e.g. "/couples"),
 * unless the path belongs to a deeper nav item (`except`, e.g. "/practice/access" under "/practice").
 */
export function NavLink({ href, sections = [], except = [], children }: { href: string; sections?: string[]; except?: string[]; children: React.ReactNode }) {
  const pathname = usePathname();
  const within = (path: string) => pathname === path || pathname.startsWith(`${path}/`);
  const active = [href, ...sections].some(within) && !except.some(within);
  return (
    <Link
      href={href}
      aria-current={active ? "page" : undefined}
      className={cn(
        "rounded-md px-3 py-2 text-sm font-medium text-muted-foreground hover:bg-muted hover:text-foreground",
        active && "bg-primary-soft font-semibold text-primary hover:bg-primary-soft hover:text-primary",
      )}
    >
      {children}
    </Link>
  );
}
