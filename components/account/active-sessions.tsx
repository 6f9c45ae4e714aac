"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { formatDistanceToNow } from "date-fns";
import { Laptop, ShieldOff } from "lucide-react";
import { signOut } from "next-auth/react";
import { useState } from "react";
import { useTRPC } from "../providers/trpc";
import { Alert } from "../ui/alert";
import { Badge } from "../ui/badge";
import { Button } from "../ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "../ui/card";
import { Skeleton } from "../ui/skeleton";

const ago = (date: Date) => formatDistanceToNow(date, { addSuffix: true });

/**
 * Where this account is signed in, for someone who worries another person has their
 * password or an unlocked device of theirs (security.md C4): each sign-in can be ended
 * on its own, or all at once.
 */
export function ActiveSessions() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const sessions = useQuery(trpc.account.sessions.queryOptions());
  const [message, setMessage] = useState<string | null>(null);

  const end = useMutation(
    trpc.account.endSession.mutationOptions({
      onSuccess: () => setMessage("That device is signed out. Anyone using it will have to sign in again."),
      onError: (error) => setMessage(error.message),
      onSettled: () => queryClient.invalidateQueries({ queryKey: trpc.account.sessions.queryKey() }),
    }),
  );
  const everywhere = useMutation(
    trpc.account.signOutEverywhere.mutationOptions({
      onSettled: async () => {
        queryClient.clear();
        await signOut({ callbackUrl: "/login" });
      },
    }),
  );

  return (
    <Card aria-labelledby="active-sessions-title">
      <CardHeader>
        <CardTitle id="active-sessions-title">Where you&apos;re signed in</CardTitle>
        <CardDescription>If you don&apos;t recognise a device, sign it out. Signing out everywhere also signs out this one.</CardDescription>
      </CardHeader>
      <CardContent className="flex flex-col gap-4">
        <div aria-live="polite">{message ? <Alert tone="info">{message}</Alert> : null}</div>
        {sessions.isPending ? (
          <div className="flex flex-col gap-3" aria-busy="true" aria-label="Loading your sign-ins">
            <Skeleton className="h-14" />
            <Skeleton className="h-14" />
          </div>
        ) : sessions.isError ? (
          <Alert tone="error">We couldn&apos;t load your sign-ins just now. Reload the page to try again.</Alert>
        ) : (
          <ul className="flex flex-col divide-y divide-border rounded-md border border-border">
            {sessions.data.map((session) => (
              <li key={session.id} className="flex flex-wrap items-center gap-3 px-4 py-3">
                <Laptop aria-hidden className="size-5 shrink-0 text-muted-foreground" />
                <div className="flex min-w-0 flex-1 flex-col">
                  <span className="flex flex-wrap items-center gap-2 text-sm font-medium">
                    {session.device}
                    {session.current ? <Badge tone="success">This device</Badge> : null}
                  </span>
                  <span className="text-xs text-muted-foreground">
                    Signed in {ago(session.signedInAt)} · last active {ago(session.lastActiveAt)}
                    {session.ipAddress ? ` · ${session.ipAddress}` : ""}
                  </span>
                </div>
                {session.current ? null : (
                  <Button variant="outline" size="sm" disabled={end.isPending} onClick={() => end.mutate({ sessionId: session.id })}>
                    Sign out<span className="sr-only"> {session.device}</span>
                  </Button>
                )}
              </li>
            ))}
          </ul>
        )}
        <div>
          <Button variant="outline" disabled={everywhere.isPending} onClick={() => everywhere.mutate()}>
            <ShieldOff aria-hidden /> Sign out everywhere
          </Button>
        </div>
      </CardContent>
    </Card>
  );
}
