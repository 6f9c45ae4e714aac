"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { cn } from "../ui/cn";

/** A main-nav link, marked current on its own path and on any of `sections` (e.g. "/couples"). */
export function NavLink({ href, sections = [], children }: { href: string; sections?: string[]; children: React.ReactNode }) {
  const pathname = usePathname();
  const active = [href, ...sections].some((path) => pathname === path || pathname.startsWith(`${path}/`));
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
