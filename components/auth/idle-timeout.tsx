"use client";

import { TRPCClientError } from "@trpc/client";
import { DoorOpen, Loader2 } from "lucide-react";
import dynamic from "next/dynamic";
import { usePathname, useRouter } from "next/navigation";
import { AlertDialog } from "radix-ui";
import { useCallback, useEffect, useRef, useState } from "react";
import { useQueryClient } from "@tanstack/react-query";
import { leaveNow } from "../layout/quick-exit";
import { useTRPCClient } from "../providers/trpc";
import { Button } from "../ui/button";
import { SIGNED_IN_AGAIN_EVENT } from "./signed-in-again";

// The sign-in form (with zod, react-hook-form and the code step) is shown only once a
// sign-in has lapsed, yet this component is on every signed-in page: it loads when the
// warning appears (see below) or when the sign-in lapses, never with the page.
const loadLoginForm = () => import("./login-form").then((module) => module.LoginForm);
const LoginForm = dynamic(loadLoginForm, {
  loading: () => (
    <p className="flex items-center gap-2 text-sm text-muted-foreground">
      <Loader2 aria-hidden className="size-4 animate-spin" /> Loading the sign-in form…
    </p>
  ),
});

/** The warning shows this long before the server would end the sign-in (security.md S7). */
const WARN_MS = 2 * 60_000;
/** Interaction is reported at most this often; the server writes activity once a minute anyway. */
const PING_EVERY_MS = 60_000;

type Phase = "active" | "warning" | "expired";

const isSignedOut = (error: unknown) => error instanceof TRPCClientError && (error.data as { code?: string } | undefined)?.code === "UNAUTHORIZED";

function formatLeft(ms: number) {
  const seconds = Math.max(0, Math.ceil(ms / 1000));
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, "0")}`;
}

/**
 * The browser's side of the idle limit. The server decides (server/auth/viewer.ts); this
 * only keeps people informed: real keystrokes and taps are reported as activity (autosave
 * never is), a warning offers to stay signed in two minutes before the end, and once the
 * sign-in has lapsed the page is covered and offers to sign in again in place, so words
 * still unsaved in a form behind it are kept and saved afterwards.
 */
export function IdleTimeout({ idleSeconds, isPartner }: { idleSeconds: number; isPartner: boolean }) {
  const client = useTRPCClient();
  const queryClient = useQueryClient();
  const router = useRouter();
  const pathname = usePathname();
  const [phase, setPhase] = useState<Phase>("active");
  const [left, setLeft] = useState(idleSeconds * 1000);
  const deadline = useRef(0);
  const lastPing = useRef(0);
  const lastSync = useRef(0);
  const interacted = useRef(false);
  const busy = useRef(false);

  // Two minutes ahead of the end, fetch the sign-in form so it is there if needed.
  useEffect(() => {
    if (phase === "warning") void loadLoginForm();
  }, [phase]);

  const restart = useCallback(() => {
    deadline.current = Date.now() + idleSeconds * 1000;
    lastPing.current = Date.now();
    interacted.current = false;
  }, [idleSeconds]);

  // Rendering a page is a request the person made: the server counted it.
  useEffect(restart, [pathname, restart]);

  useEffect(() => {
    const mark = (event: Event) => {
      if (event.isTrusted) interacted.current = true;
    };
    window.addEventListener("keydown", mark, { capture: true, passive: true });
    window.addEventListener("pointerdown", mark, { capture: true, passive: true });
    return () => {
      window.removeEventListener("keydown", mark, { capture: true });
      window.removeEventListener("pointerdown", mark, { capture: true });
    };
  }, []);

  const stayActive = useCallback(async () => {
    try {
      await client.account.keepAlive.mutate();
      restart();
      setPhase("active");
    } catch (error) {
      if (isSignedOut(error)) setPhase("expired");
    }
  }, [client, restart]);

  useEffect(() => {
    if (phase === "expired") return;
    const tick = async () => {
      if (busy.current) return;
      busy.current = true;
      try {
        const now = Date.now();
        if (interacted.current && now - lastPing.current >= PING_EVERY_MS) {
          await stayActive();
          return;
        }
        let remaining = deadline.current - now;
        // Near the end, ask the server: another tab may have kept the sign-in going.
        if (remaining <= WARN_MS && (now - lastSync.current > 30_000 || remaining <= 0)) {
          lastSync.current = now;
          try {
            const status = await client.account.idleStatus.query(undefined, { context: { background: true } });
            deadline.current = Date.now() + status.secondsLeft * 1000;
            remaining = deadline.current - Date.now();
          } catch (error) {
            if (isSignedOut(error)) remaining = 0;
          }
        }
        setLeft(remaining);
        setPhase(remaining <= 0 ? "expired" : remaining <= WARN_MS ? "warning" : "active");
      } finally {
        busy.current = false;
      }
    };
    const timer = setInterval(() => void tick(), phase === "warning" ? 1000 : 5000);
    return () => clearInterval(timer);
  }, [client, phase, stayActive]);

  const signedInAgain = () => {
    restart();
    setPhase("active");
    // Queries refetch under the new sign-in; autosaving forms save what they hold at once.
    void queryClient.invalidateQueries();
    window.dispatchEvent(new Event(SIGNED_IN_AGAIN_EVENT));
    router.refresh();
  };

  const minutes = Math.round(idleSeconds / 60);
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
                <Button onClick={() => void stayActive()}>Stay signed in</Button>
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
            <LoginForm returnTo="/" idPrefix="idle-" onSignedIn={signedInAgain} />
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
