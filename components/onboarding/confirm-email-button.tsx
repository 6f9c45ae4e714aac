"use client";

import { useMutation } from "@tanstack/react-query";
import { Loader2 } from "lucide-react";
import Link from "next/link";
import { useTRPC } from "../providers/trpc";
import { Alert } from "../ui/alert";
import { Button } from "../ui/button";

/** Opening the link doesn't change anything by itself (mail scanners open links too); this button does. */
export function ConfirmEmailButton({ token }: { token: string }) {
  const trpc = useTRPC();
  const confirm = useMutation(trpc.account.confirmEmailChange.mutationOptions());
  return (
    <div className="flex flex-col gap-5">
      <div aria-live="polite">
        {confirm.isSuccess ? (
          <Alert tone="success">Your sign-in email is changed. Every device was signed out; sign in again with the new address.</Alert>
        ) : confirm.error ? (
          <Alert tone="error">{confirm.error.message}</Alert>
        ) : null}
      </div>
      {confirm.isSuccess ? (
        <Button asChild size="lg" className="w-full">
          <Link href="/login">Sign in</Link>
        </Button>
      ) : (
        <Button size="lg" className="w-full" disabled={confirm.isPending} onClick={() => confirm.mutate({ token })}>
          {confirm.isPending ? <Loader2 aria-hidden className="animate-spin" /> : null}
          {confirm.isPending ? "Confirming…" : "Use this address to sign in"}
        </Button>
      )}
    </div>
  );
}
