"use client";

import { createTRPCClient, httpLink, TRPCClientError } from "@trpc/client";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import superjson from "superjson";
import type { AppRouter } from "@/server/api/root";
import { BACKGROUND_HEADERS } from "@/server/auth/activity-header";
import { SIGNED_IN_AGAIN_EVENT } from "../auth/signed-in-again";
import { useTRPCClient } from "../providers/trpc";
import { AUTOSAVE_DELAY_MS, type SaveState } from "../task/use-autosave";

const RETRY_DELAYS_MS = [2000, 5000, 10_000, 30_000];

function classify(error: unknown): SaveState {
  if (error instanceof TRPCClientError) {
    const code = (error.data as { code?: string } | undefined)?.code;
    if (code === "CONFLICT") return { kind: "conflict", message: error.message };
    if (code === "UNAUTHORIZED") return { kind: "signed_out" };
    if (code === "BAD_REQUEST") {
      const fieldErrors = (error.data as { fieldErrors?: Record<string, string[]> }).fieldErrors ?? {};
      return { kind: "invalid", message: Object.values(fieldErrors)[0]?.[0] ?? error.message };
    }
    if (code) return { kind: "retrying", message: error.message };
  }
  return { kind: "offline" };
}

const isProblem = (state: SaveState) => state.kind === "offline" || state.kind === "signed_out" || state.kind === "retrying";

/**
 * Keeps a session's private note on the server as the counselor types, the same way a
 * partner's draft is kept (components/task/use-autosave.ts): one save in flight at a
 * time, each naming the version it starts from so another window's newer save is a
 * conflict rather than lost, saves on blur and when the page is hidden or left, and
 * retries with back-off while offline. Nothing is kept in browser storage.
 */
export function useNoteAutosave({ sessionId, initialVersion }: { sessionId: string; initialVersion: number }) {
  const client = useTRPCClient();
  // On pagehide the page may be gone before a normal request finishes; keepalive lets it complete.
  const leavingClient = useMemo(
    () =>
      createTRPCClient<AppRouter>({
        links: [httpLink({ url: "/api/trpc", transformer: superjson, headers: () => BACKGROUND_HEADERS, fetch: (url, options) => fetch(url, { ...options, keepalive: true }) })],
      }),
    [],
  );
  const [state, setState] = useState<SaveState>({ kind: "idle" });
  const version = useRef(initialVersion);
  const latest = useRef<string | null>(null);
  const dirty = useRef(false);
  const stopped = useRef(false);
  const inFlight = useRef<Promise<void> | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const failures = useRef(0);
  // Retries and follow-up saves call the latest save through this ref.
  const saveRef = useRef<(leaving?: boolean) => Promise<void>>(() => Promise.resolve());

  const clearTimer = () => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
  };

  const save = useCallback(
    async (leaving = false): Promise<void> => {
      clearTimer();
      if (inFlight.current) await inFlight.current;
      if (!dirty.current || stopped.current || latest.current === null) return;
      const body = latest.current;
      dirty.current = false;
      setState((current) => (isProblem(current) ? current : { kind: "saving" }));
      const attempt = (leaving ? leavingClient : client).session.saveNote
        .mutate({ sessionId, baseVersion: version.current, body }, { context: { background: true } })
        .then((saved) => {
          version.current = saved.version;
          failures.current = 0;
          // A keystroke during the save leaves the note dirty; it saves on the next tick.
          setState(dirty.current ? { kind: "pending" } : { kind: "saved", at: saved.savedAt });
          if (dirty.current) timer.current = setTimeout(() => void saveRef.current(), AUTOSAVE_DELAY_MS);
        })
        .catch((error: unknown) => {
          dirty.current = true;
          const next = classify(error);
          setState(next);
          if (next.kind === "conflict") stopped.current = true;
          if (isProblem(next)) {
            const delay = RETRY_DELAYS_MS[Math.min(failures.current, RETRY_DELAYS_MS.length - 1)];
            failures.current += 1;
            timer.current = setTimeout(() => void saveRef.current(), delay);
          }
        })
        .finally(() => {
          inFlight.current = null;
        });
      inFlight.current = attempt;
      await attempt;
    },
    [client, leavingClient, sessionId],
  );
  useEffect(() => {
    saveRef.current = save;
  }, [save]);

  const onChange = useCallback(
    (body: string) => {
      latest.current = body;
      dirty.current = true;
      if (stopped.current) return;
      setState((current) => (isProblem(current) ? current : { kind: "pending" }));
      clearTimer();
      timer.current = setTimeout(() => void save(), AUTOSAVE_DELAY_MS);
    },
    [save],
  );

  useEffect(() => {
    const saveNow = () => void save();
    const onHidden = () => {
      if (document.visibilityState === "hidden") void save(true);
    };
    const onPageHide = () => void save(true);
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      if (dirty.current || inFlight.current) event.preventDefault();
    };
    window.addEventListener("online", saveNow);
    window.addEventListener(SIGNED_IN_AGAIN_EVENT, saveNow);
    document.addEventListener("visibilitychange", onHidden);
    window.addEventListener("pagehide", onPageHide);
    window.addEventListener("beforeunload", onBeforeUnload);
    return () => {
      window.removeEventListener("online", saveNow);
      window.removeEventListener(SIGNED_IN_AGAIN_EVENT, saveNow);
      document.removeEventListener("visibilitychange", onHidden);
      window.removeEventListener("pagehide", onPageHide);
      window.removeEventListener("beforeunload", onBeforeUnload);
      clearTimer();
    };
  }, [save]);

  return {
    state,
    onChange,
    saveNow: () => void save(),
    retryNow: () => {
      failures.current = 0;
      void save();
    },
  };
}
