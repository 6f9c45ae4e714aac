"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { formatDistanceToNow } from "date-fns";
import { Bell, BellOff, CheckCheck, ChevronRight } from "lucide-react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState, type MouseEvent } from "react";
import { useTRPC } from "../providers/trpc";
import { Alert } from "../ui/alert";
import { Button } from "../ui/button";
import { cn } from "../ui/cn";
import { Skeleton } from "../ui/skeleton";
import { EmptyState } from "../layout/empty-state";

const ago = (date: Date) => formatDistanceToNow(date, { addSuffix: true });

/**
 * The caller's notifications, newest first: unread ones stand out and say so in words.
 * Opening one marks it read; one whose target is gone reads as plain text.
 */
export function NotificationList() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const list = useQuery(trpc.notification.list.queryOptions());
  const router = useRouter();
  const [message, setMessage] = useState<string | null>(null);

  const refresh = () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: trpc.notification.list.queryKey() }),
      queryClient.invalidateQueries({ queryKey: trpc.notification.unreadCount.queryKey() }),
    ]);
  const markRead = useMutation(trpc.notification.markRead.mutationOptions({ onSettled: refresh }));
  const markAll = useMutation(
    trpc.notification.markAllRead.mutationOptions({
      onSuccess: ({ marked }) => setMessage(marked === 0 ? "Everything was already read." : `Marked ${marked} ${marked === 1 ? "notification" : "notifications"} as read.`),
      onError: () => setMessage("We couldn't mark them as read just now. Please try again."),
      onSettled: refresh,
    }),
  );

  if (list.isPending) {
    return (
      <div className="flex flex-col gap-3" aria-busy="true" aria-label="Loading your notifications">
        <Skeleton className="h-16" />
        <Skeleton className="h-16" />
        <Skeleton className="h-16" />
      </div>
    );
  }
  if (list.isError) {
    return <Alert tone="error">We couldn&apos;t load your notifications just now. Reload the page to try again.</Alert>;
  }

  const items = list.data.items;
  const unread = items.filter((item) => item.readAt === null).length;

  return (
    <div className="flex flex-col gap-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <p className="text-sm text-muted-foreground">{unread === 0 ? "Nothing unread." : `${unread} unread`}</p>
        <Button variant="outline" size="sm" disabled={unread === 0 || markAll.isPending} onClick={() => markAll.mutate()}>
          <CheckCheck aria-hidden /> Mark all as read
        </Button>
      </div>
      <div aria-live="polite">{message ? <Alert tone="info">{message}</Alert> : null}</div>
      {items.length === 0 ? (
        <EmptyState icon={BellOff} title="No notifications yet">
          When there is something new for you, it will show up here and on the bell at the top of the page.
        </EmptyState>
      ) : (
        <ul className="flex flex-col divide-y divide-border overflow-hidden rounded-lg border border-border bg-surface">
          {items.map((item) => {
            const isUnread = item.readAt === null;
            const open = () => {
              if (isUnread) markRead.mutate({ notificationId: item.id });
            };
            // Marked read before leaving, so the next page's bell already counts it; a new tab just marks it.
            const follow = async (event: MouseEvent<HTMLAnchorElement>) => {
              if (!isUnread || !item.href || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return open();
              event.preventDefault();
              await markRead.mutateAsync({ notificationId: item.id }).catch(() => undefined);
              router.push(item.href);
            };
            const body = (
              <>
                <span aria-hidden className={cn("mt-1.5 size-2.5 shrink-0 rounded-full", isUnread ? "bg-primary" : "bg-transparent")} />
                <span className="flex min-w-0 flex-1 flex-col gap-0.5">
                  <span className={cn("text-sm", isUnread ? "font-semibold text-foreground" : "text-foreground")}>
                    {isUnread ? <span className="sr-only">New: </span> : null}
                    {item.text}
                  </span>
                  <span className="text-xs text-muted-foreground">{ago(item.createdAt)}</span>
                </span>
              </>
            );
            return (
              <li key={item.id} className={cn(isUnread && "bg-primary-soft/50")}>
                {item.href ? (
                  <Link href={item.href} onClick={(event) => void follow(event)} className="flex items-start gap-3 px-4 py-3 hover:bg-muted focus-visible:outline-2 focus-visible:-outline-offset-2 focus-visible:outline-ring">
                    {body}
                    <ChevronRight aria-hidden className="mt-0.5 size-4 shrink-0 text-muted-foreground" />
                  </Link>
                ) : (
                  <div className="flex flex-wrap items-start gap-3 px-4 py-3">
                    {body}
                    {isUnread ? (
                      <Button variant="ghost" size="sm" disabled={markRead.isPending} onClick={open}>
                        Mark as read
                      </Button>
                    ) : null}
                  </div>
                )}
              </li>
            );
          })}
        </ul>
      )}
      {items.length > 0 ? (
        <p className="flex items-center gap-2 text-xs text-muted-foreground">
          <Bell aria-hidden className="size-3.5" /> Showing your latest {items.length === 1 ? "notification" : `${items.length} notifications`}. Notifications never include what anyone wrote.
        </p>
      ) : null}
    </div>
  );
}
