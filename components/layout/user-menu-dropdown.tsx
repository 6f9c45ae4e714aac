"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { LogOut, ShieldOff } from "lucide-react";
import { DropdownMenu } from "radix-ui";
import { useEffect, useRef, useState } from "react";
import { useTRPC } from "../providers/trpc";
import { ROLE_NAMES, TRIGGER_CLASS, TriggerFace, type UserMenuProps } from "./user-menu";

const ITEM_CLASS =
  "flex cursor-pointer items-center gap-2 rounded-sm px-3 py-2 text-sm outline-none data-[highlighted]:bg-primary-soft data-[highlighted]:text-primary data-[highlighted]:outline-2 data-[highlighted]:-outline-offset-2 data-[highlighted]:outline-ring";

/**
 * The account menu itself (Radix's dropdown). `openAtOnce` and `focusAtOnce` carry over what
 * the person did to the stand-in trigger before this arrived (see UserMenu).
 */
export function UserMenuDropdown({
  displayName,
  role,
  openAtOnce,
  focusAtOnce,
  onArrive,
}: UserMenuProps & { openAtOnce: boolean; focusAtOnce: boolean; onArrive: () => void }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [pending, setPending] = useState(false);
  const trigger = useRef<HTMLButtonElement>(null);
  // What the stand-in handed over, as it was when this mounted.
  const [arrival] = useState({ open: openAtOnce, focus: focusAtOnce });

  useEffect(() => {
    // Opened, Radix moves focus into the menu itself; closed, focus stays where it was.
    if (arrival.focus && !arrival.open) trigger.current?.focus();
    onArrive();
  }, [arrival, onArrive]);

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
    <DropdownMenu.Root defaultOpen={arrival.open}>
      <DropdownMenu.Trigger ref={trigger} aria-label={`Account menu for ${displayName}`} className={TRIGGER_CLASS} disabled={pending}>
        <TriggerFace displayName={displayName} />
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
