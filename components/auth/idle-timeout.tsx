"use client";

import { TRPCClientError } from "@trpc/client";
import { usePathname, useRouter } from "next/navigation";
import { lazy, Suspense, useCallback, useEffect, useRef, useState } from "react";
import { useQueryClient } from "@tanstack/react-query";
import { afterPageLoad } from "../layout/after-page-load";
import { useTRPCClient } from "../providers/trpc";
import { preloadLoginForm } from "./lazy-login-form";
import { SIGNED_IN_AGAIN_EVENT } from "./signed-in-again";

// The dialogs (Radix's alert dialog, and the sign-in form inside) show minutes after a page
// opens at the earliest, yet this component is on every signed-in page: their code is
// fetched once the page has loaded and the browser is idle, not with the page.
const loadIdleDialogs = () => import("./idle-dialogs");
const IdleDialogs = lazy(() => loadIdleDialogs().then((module) => ({ default: module.IdleDialogs })));

/** The warning shows this long before the server would end the sign-in (security.md S7). */
const WARN_MS = 2 * 60_000;
/** Interaction is reported at most this often; the server writes activity once a minute anyway. */
const PING_EVERY_MS = 60_000;

type Phase = "active" | "warning" | "expired";

const isSignedOut = (error: unknown) => error instanceof TRPCClientError && (error.data as { code?: string } | undefined)?.code === "UNAUTHORIZED";

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

  useEffect(() => afterPageLoad(() => void loadIdleDialogs()), []);

  // Two minutes ahead of the end, fetch the sign-in form so it is there if needed.
  useEffect(() => {
    if (phase === "warning") void preloadLoginForm();
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
  if (phase === "active") return null;
  return (
    // Until the dialogs' code is there (it normally is, long before), a lapsed sign-in
    // still covers the page at once.
    <Suspense fallback={phase === "expired" ? <div aria-hidden className="fixed inset-0 z-40 bg-background" /> : null}>
      <IdleDialogs phase={phase} left={left} minutes={minutes} isPartner={isPartner} onStay={() => void stayActive()} onSignedIn={signedInAgain} />
    </Suspense>
  );
}
