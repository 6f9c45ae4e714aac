"use client";

import { DoorOpen } from "lucide-react";
import { AlertDialog } from "radix-ui";
import { leaveNow } from "../layout/quick-exit";
import { Button } from "../ui/button";
import { LazyLoginForm } from "./lazy-login-form";

function formatLeft(ms: number) {
  const seconds = Math.max(0, Math.ceil(ms / 1000));
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, "0")}`;
}

/** The idle timeout's two dialogs: the warning with its countdown, and the lapse, which covers the page and signs in again in place. */
export function IdleDialogs({
  phase,
  left,
  minutes,
  isPartner,
  onStay,
  onSignedIn,
}: {
  phase: "warning" | "expired";
  left: number;
  minutes: number;
  isPartner: boolean;
  onStay: () => void;
  onSignedIn: () => void;
}) {
  return (
    <>
      <AlertDialog.Root open={phase === "warning"}>
        <AlertDialog.Portal>
          <AlertDialog.Overlay className="fixed inset-0 z-40 bg-black/40" />
          <AlertDialog.Content className="fixed left-1/2 top-1/2 z-50 flex w-[calc(100%-2rem)] max-w-md -translate-x-1/2 -translate-y-1/2 flex-col gap-4 rounded-lg border border-border bg-surface p-6 shadow-lg">
            <AlertDialog.Title className="text-lg font-semibold">Are you still there?</AlertDialog.Title>
            <AlertDialog.Description className="text-sm text-muted-foreground">
              For your privacy, you&apos;ll be signed out in <span className="font-medium tabular-nums text-foreground">{formatLeft(left)}</span> unless you stay.
            </AlertDialog.Description>
            <div className="flex flex-wrap justify-end gap-2">
              <AlertDialog.Action asChild>
                <Button onClick={onStay}>Stay signed in</Button>
              </AlertDialog.Action>
            </div>
          </AlertDialog.Content>
        </AlertDialog.Portal>
      </AlertDialog.Root>

      <AlertDialog.Root open={phase === "expired"}>
        <AlertDialog.Portal>
          {/* Opaque: whatever was on screen stays hidden from anyone passing by. */}
          <AlertDialog.Overlay className="fixed inset-0 z-40 bg-background" />
          <AlertDialog.Content
            onEscapeKeyDown={(event) => event.preventDefault()}
            className="fixed left-1/2 top-1/2 z-50 flex max-h-[95vh] w-[calc(100%-2rem)] max-w-md -translate-x-1/2 -translate-y-1/2 flex-col gap-4 overflow-y-auto rounded-lg border border-border bg-surface p-6 shadow-lg"
          >
            <AlertDialog.Title className="text-lg font-semibold">You&apos;ve been signed out</AlertDialog.Title>
            <AlertDialog.Description className="text-sm text-muted-foreground">
              For your privacy, Trellis signs you out after {minutes} minutes without activity. Anything you were writing is still on this page and will be saved as soon as you sign in again.
            </AlertDialog.Description>
            <LazyLoginForm returnTo="/" idPrefix="idle-" onSignedIn={onSignedIn} />
            {isPartner ? (
              <Button variant="outline" onClick={leaveNow}>
                <DoorOpen aria-hidden /> Quick exit
              </Button>
            ) : null}
          </AlertDialog.Content>
        </AlertDialog.Portal>
      </AlertDialog.Root>
    </>
  );
}
