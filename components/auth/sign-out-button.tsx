"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { signOut } from "next-auth/react";
import { useTRPC } from "../providers/trpc";
import { Button } from "../ui/button";

/** For the code step: leave this half-finished sign-in (revoked on the server first, as in the user menu). */
export function SignOutButton({ label = "Sign out" }: { label?: string }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const leave = useMutation(
    trpc.account.signOut.mutationOptions({
      onSettled: async () => {
        queryClient.clear();
        await signOut({ callbackUrl: "/login" });
      },
    }),
  );
  return (
    <Button variant="link" className="h-auto p-0" disabled={leave.isPending} onClick={() => leave.mutate()}>
      {label}
    </Button>
  );
}
