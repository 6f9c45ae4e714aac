"use client";

import { useMutation } from "@tanstack/react-query";
import { Loader2 } from "lucide-react";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useTRPC } from "../providers/trpc";
import { Button } from "../ui/button";

/** Disable (after a confirmation, since it signs the person out at once) or re-enable an account. */
export function AccountDisableToggle({ userId, name, disabled }: { userId: string; name: string; disabled: boolean }) {
  const trpc = useTRPC();
  const router = useRouter();
  const [confirming, setConfirming] = useState(false);
  const [status, setStatus] = useState<string | null>(null);
  const toggle = useMutation(
    trpc.practice.setAccountDisabled.mutationOptions({
      onSuccess: (result) => {
        setConfirming(false);
        setStatus(result.disabled ? `${name} is disabled and was signed out.` : `${name} can sign in again.`);
        router.refresh();
      },
      onError: (error) => setStatus(error.message),
    }),
  );

  return (
    <div className="flex flex-col gap-2">
      {disabled ? (
        <Button size="sm" variant="outline" disabled={toggle.isPending} aria-label={`Re-enable ${name}`} onClick={() => toggle.mutate({ userId, disabled: false })}>
          {toggle.isPending ? <Loader2 aria-hidden className="animate-spin" /> : null}
          Re-enable
        </Button>
      ) : confirming ? (
        <div role="group" aria-label={`Disable ${name}?`} className="flex flex-col gap-2 rounded-md border border-border p-3 text-sm">
          <p>{name} will be signed out everywhere at once and can&apos;t sign in until re-enabled.</p>
          <div className="flex flex-wrap gap-2">
            <Button size="sm" variant="destructive" disabled={toggle.isPending} onClick={() => toggle.mutate({ userId, disabled: true })}>
              {toggle.isPending ? <Loader2 aria-hidden className="animate-spin" /> : null}
              Disable account
            </Button>
            <Button size="sm" variant="ghost" onClick={() => setConfirming(false)}>
              Cancel
            </Button>
          </div>
        </div>
      ) : (
        <Button size="sm" variant="ghost" aria-label={`Disable ${name}`} onClick={() => setConfirming(true)}>
          Disable
        </Button>
      )}
      <p aria-live="polite" className="text-sm text-muted-foreground">
        {status}
      </p>
    </div>
  );
}
