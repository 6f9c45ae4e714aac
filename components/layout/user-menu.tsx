"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { ChevronDown, LogOut, ShieldOff } from "lucide-react";
import { signOut } from "next-auth/react";
import { DropdownMenu } from "radix-ui";
import { useState } from "react";
import { useTRPC } from "../providers/trpc";

const ROLE_NAMES = { admin: "Practice admin", counselor: "Counselor", partner: "Client" } as const;

export function UserMenu({ displayName, role }: { displayName: string; role: keyof typeof ROLE_NAMES }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [pending, setPending] = useState(false);

  async function leave() {
    setPending(true);
    // Nothing fetched while signed in may stay in this browser's memory afterwards.
    queryClient.clear();
    await signOut({ callbackUrl: "/login" });
  }

  const signOutEverywhere = useMutation(trpc.account.signOutEverywhere.mutationOptions({ onSettled: leave }));

  return (
    <DropdownMenu.Root>
      <DropdownMenu.Trigger
        className="inline-flex h-10 items-center gap-2 rounded-md px-3 text-sm font-medium text-foreground hover:bg-muted data-[state=open]:bg-muted"
        disabled={pending}
      >
        <span className="max-w-40 truncate">{displayName}</span>
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
          <DropdownMenu.Item
            onSelect={() => void leave()}
            className="flex cursor-pointer items-center gap-2 rounded-sm px-3 py-2 text-sm outline-none data-[highlighted]:bg-muted"
          >
            <LogOut aria-hidden className="size-4" /> Sign out
          </DropdownMenu.Item>
          <DropdownMenu.Item
            onSelect={() => signOutEverywhere.mutate()}
            className="flex cursor-pointer items-center gap-2 rounded-sm px-3 py-2 text-sm outline-none data-[highlighted]:bg-muted"
          >
            <ShieldOff aria-hidden className="size-4" /> Sign out on all devices
          </DropdownMenu.Item>
        </DropdownMenu.Content>
      </DropdownMenu.Portal>
    </DropdownMenu.Root>
  );
}
