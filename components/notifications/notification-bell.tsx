"use client";

import { useQuery } from "@tanstack/react-query";
import { Bell } from "lucide-react";
import Link from "next/link";
import { usePathname } from "next/navigation";
import { useTRPC } from "../providers/trpc";
import { cn } from "../ui/cn";

/** How often the header asks for the unread count; in the background, so it never keeps anyone signed in. */
export const UNREAD_POLL_MS = 60_000;

/** Options for the unread count query; the list invalidates the same key, so marking read updates the bell at once. */
export function useUnreadCountOptions() {
  const trpc = useTRPC();
  return trpc.notification.unreadCount.queryOptions(undefined, {
    trpc: { context: { background: true } },
    // A signed-out or refused poll stops polling; the idle dialog takes it from there.
    refetchInterval: (query) => (query.state.status === "error" ? false : UNREAD_POLL_MS),
    staleTime: UNREAD_POLL_MS / 2,
  });
}

/**
 * The header's way to the notifications page. The count is in the link's accessible
 * name ("Notifications, 3 unread"); the badge is only its picture.
 */
export function NotificationBell() {
  const unread = useQuery(useUnreadCountOptions()).data?.unread ?? 0;
  const pathname = usePathname();
  const current = pathname === "/notifications";
  return (
    <Link
      href="/notifications"
      aria-label={unread > 0 ? `Notifications, ${unread} unread` : "Notifications"}
      aria-current={current ? "page" : undefined}
      className={cn(
        "relative inline-flex size-10 shrink-0 items-center justify-center rounded-md text-foreground hover:bg-muted",
        current && "bg-muted",
      )}
    >
      <Bell aria-hidden className="size-5" />
      {unread > 0 ? (
        <span
          aria-hidden
          className="absolute right-0.5 top-0.5 inline-flex min-w-5 items-center justify-center rounded-full bg-primary px-1 text-[11px] font-semibold leading-5 text-primary-foreground"
        >
          {unread > 9 ? "9+" : unread}
        </span>
      ) : null}
    </Link>
  );
}
