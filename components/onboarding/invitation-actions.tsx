"use client";

import { useMutation } from "@tanstack/react-query";
import { Loader2, Mail, XCircle } from "lucide-react";
import { useRouter } from "next/navigation";
import { useState } from "react";
import type { RouterOutputs } from "../providers/router-types";

type AccountState = RouterOutputs["invitation"]["listForCouple"][number]["account"];
import { useTRPC } from "../providers/trpc";
import { Button } from "../ui/button";

/**
 * Send, resend or revoke one account's invitation (a partner for counselors, a
 * counselor for admins). The result is announced; the page then reloads its data.
 */
export function InvitationActions({ userId, account, name }: { userId: string; account: AccountState; name: string }) {
  const trpc = useTRPC();
  const router = useRouter();
  const [status, setStatus] = useState<{ tone: "ok" | "error"; text: string } | null>(null);
  const onError = (error: { message: string }) => setStatus({ tone: "error", text: error.message });
  const send = useMutation(
    trpc.invitation.send.mutationOptions({
      onSuccess: ({ sendCount }) => {
        setStatus({ tone: "ok", text: sendCount > 1 ? `A new invitation is on its way to ${name}; the earlier link no longer works.` : `Invitation sent to ${name}.` });
        router.refresh();
      },
      onError,
    }),
  );
  const revoke = useMutation(
    trpc.invitation.revoke.mutationOptions({
      onSuccess: () => {
        setStatus({ tone: "ok", text: `${name}'s invitation link no longer works.` });
        router.refresh();
      },
      onError,
    }),
  );
  const busy = send.isPending || revoke.isPending;
  if (account.state === "active" || account.state === "disabled") return null;

  return (
    <div className="flex flex-col gap-2">
      <div className="flex flex-wrap gap-2">
        <Button
          size="sm"
          variant={account.state === "invited" ? "outline" : "primary"}
          disabled={busy}
          aria-label={`${account.state === "not_invited" ? "Send invitation" : "Resend invitation"} to ${name}`}
          onClick={() => send.mutate({ userId })}
        >
          {send.isPending ? <Loader2 aria-hidden className="animate-spin" /> : <Mail aria-hidden />}
          {account.state === "not_invited" ? "Send invitation" : "Resend invitation"}
        </Button>
        {account.state === "invited" ? (
          <Button size="sm" variant="ghost" disabled={busy} aria-label={`Revoke ${name}'s invitation`} onClick={() => revoke.mutate({ userId })}>
            {revoke.isPending ? <Loader2 aria-hidden className="animate-spin" /> : <XCircle aria-hidden />}
            Revoke
          </Button>
        ) : null}
      </div>
      <p aria-live="polite" className={status?.tone === "error" ? "text-sm text-destructive" : "text-sm text-muted-foreground"}>
        {status?.text}
      </p>
    </div>
  );
}
