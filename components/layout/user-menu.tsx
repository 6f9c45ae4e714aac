"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { ChevronDown, LogOut, ShieldOff, UserRound } from "lucide-react";
import { DropdownMenu } from "radix-ui";
import { useState } from "react";
import { useTRPC } from "../providers/trpc";

const ROLE_NAMES = { admin: "Practice admin", counselor: "Counselor", partner: "Client" } as const;

const ITEM_CLASS =
  "flex cursor-pointer items-center gap-2 rounded-sm px-3 py-2 text-sm outline-none data-[highlighted]:bg-primary-soft data-[highlighted]:text-primary data-[highlighted]:outline-2 data-[highlighted]:-outline-offset-2 data-[highlighted]:outline-ring";

export function UserMenu({ displayName, role }: { displayName: string; role: keyof typeof ROLE_NAMES }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [pending, setPending] = useState(false);

  async function leave() {
    setPending(true);
    // Nothing fetched while signed in may stay in this browser's memory afterwards.
    queryClient.clear();
    // next-auth's browser client is needed only here: fetched on sign-out, not with every page.
    const { signOut } = await import("next-auth/react");
    await signOut({ callbackUrl: "/login" });
  }

  // Revoke the sign-in on the server first, so a copied cookie is useless too; the
  // browser signs out whatever the answer.
  const signOutHere = useMutation(trpc.account.signOut.mutationOptions({ onSettled: leave }));
  const signOutEverywhere = useMutation(trpc.account.signOutEverywhere.mutationOptions({ onSettled: leave }));

  return (
    <DropdownMenu.Root>
      <DropdownMenu.Trigger
        aria-label={`Account menu for ${displayName}`}
        className="inline-flex h-10 min-w-10 items-center justify-center gap-2 rounded-md px-2 text-sm font-medium text-foreground hover:bg-muted data-[state=open]:bg-muted sm:px-3"
        disabled={pending}
      >
        <UserRound aria-hidden className="size-4 text-muted-foreground sm:hidden" />
        <span className="sr-only max-w-40 truncate sm:not-sr-only">{displayName}</span>
        <ChevronDown aria-hidden className="size-4 text-muted-foreground" />
      </DropdownMenu.Trigger>
      <DropdownMenu.Portal>
        <DropdownMenu.Content
          align="end"
          sideOffset={6}
          className="z-50 min-w-60 rounded-md border border-border bg-surface p-1 shadow-lg data-[state=open]:animate-in data-[state=open]:fade-in-0"
        >
          <DropdownMenu.Label className="px-3 py-2">
            <span className="block text-sm font-medium">{displayName}</span>
            <span className="block text-xs text-muted-foreground">{ROLE_NAMES[role]}</span>
          </DropdownMenu.Label>
          <DropdownMenu.Separator className="my-1 h-px bg-border" />
          <DropdownMenu.Item onSelect={() => signOutHere.mutate()} className={ITEM_CLASS}>
            <LogOut aria-hidden className="size-4" /> Sign out
          </DropdownMenu.Item>
          <DropdownMenu.Item onSelect={() => signOutEverywhere.mutate()} className={ITEM_CLASS}>
            <ShieldOff aria-hidden className="size-4" /> Sign out on all devices
          </DropdownMenu.Item>
        </DropdownMenu.Content>
      </DropdownMenu.Portal>
    </DropdownMenu.Root>
  );
}
