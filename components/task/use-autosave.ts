"use client";

import { createTRPCClient, httpLink, TRPCClientError } from "@trpc/client";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import superjson from "superjson";
import type { Answers } from "@/db/schema/exercises/answers";
import type { AppRouter } from "@/server/api/root";
import { BACKGROUND_HEADERS } from "@/server/auth/activity-header";
import { SIGNED_IN_AGAIN_EVENT } from "../auth/signed-in-again";
import { useTRPCClient } from "../providers/trpc";

export type SaveState =
  | { kind: "idle" }
  | { kind: "pending" }
  | { kind: "saving" }
  | { kind: "saved"; at: Date }
  | { kind: "offline" }
  | { kind: "signed_out" }
  | { kind: "retrying"; message: string }
  | { kind: "invalid"; message: string }
  | { kind: "conflict"; message: string };

/** Drafts save this long after the last keystroke; blur, hiding the tab and leaving save at once. */
export const AUTOSAVE_DELAY_MS = 2000;
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

/**
 * Keeps a task's draft on the server as the author types. Saves are serialised (one in
 * flight at a time) and always name the version they start from, so another tab's
 * newer save is reported as a conflict instead of being overwritten. Nothing is kept
 * in localStorage: while a save can't reach the server, the words stay on the page,
 * the state says so, and saving retries until it gets through.
 */
export function useAutosave({ taskId, initialVersion, initialSavedAt }: { taskId: string; initialVersion: number; initialSavedAt: Date | null }) {
  const client = useTRPCClient();
  // On pagehide the page may be gone before a normal request finishes; keepalive lets it complete.
  const leavingClient = useMemo(
    () =>
      createTRPCClient<AppRouter>({
        links: [httpLink({ url: "/api/trpc", transformer: superjson, headers: () => BACKGROUND_HEADERS, fetch: (url, options) => fetch(url, { ...options, keepalive: true }) })],
      }),
    [],
  );
  const [state, setState] = useState<SaveState>(initialSavedAt ? { kind: "saved", at: initialSavedAt } : { kind: "idle" });
  const version = useRef(initialVersion);
  const latest = useRef<Answers | null>(null);
  const dirty = useRef(false);
  const stopped = useRef(false);
  const inFlight = useRef<Promise<void> | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const failures = useRef(0);
  /** Set while a submit is on its way: no new draft save may start and move the version on. */
  const holding = useRef(false);
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
      if (holding.current || !dirty.current || stopped.current || !latest.current) return;
      const answers = latest.current;
      dirty.current = false;
      // While a problem is shown (offline, signed out), a retry keeps it on screen rather
      // than flashing "Saving…", which would also close a sign-in dialog opened from it.
      setState((current) => (current.kind === "offline" || current.kind === "signed_out" || current.kind === "retrying" ? current : { kind: "saving" }));
      const attempt = (leaving ? leavingClient : client).task.saveDraft
        .mutate({ taskId, baseVersion: version.current, answers }, { context: { background: true } })
        .then((saved) => {
          version.current = saved.version;
          failures.current = 0;
          // A keystroke during the save leaves the draft dirty; it saves on the next tick.
          setState(dirty.current ? { kind: "pending" } : { kind: "saved", at: saved.savedAt });
          if (dirty.current) timer.current = setTimeout(() => void saveRef.current(), AUTOSAVE_DELAY_MS);
        })
        .catch((error: unknown) => {
          dirty.current = true;
          const next = classify(error);
          setState(next);
          if (next.kind === "conflict") stopped.current = true;
          if (next.kind === "offline" || next.kind === "signed_out" || next.kind === "retrying") {
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
    [client, leavingClient, taskId],
  );
  useEffect(() => {
    saveRef.current = save;
  }, [save]);

  const onChange = useCallback(
    (answers: Answers) => {
      latest.current = answers;
      dirty.current = true;
      if (stopped.current) return;
      setState((current) => (current.kind === "offline" || current.kind === "signed_out" || current.kind === "retrying" ? current : { kind: "pending" }));
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
    // Closing the tab with words still unsaved asks first; the browser words the question.
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
    /** After signing in again (or any fix) save at once instead of waiting for the back-off. */
    retryNow: () => {
      failures.current = 0;
      void save();
    },
    /** Before submitting: wait for any save in flight and stop autosaving; returns the version to submit over. */
    settle: async () => {
      holding.current = true;
      clearTimer();
      // A save queued just before (e.g. by the blur of pressing Submit) may start as the
      // current one ends; holding stops it, and the loop outlasts whatever is in flight.
      while (inFlight.current) await inFlight.current;
      dirty.current = false;
      return { version: version.current, conflict: stopped.current };
    },
    /** After a failed submit: autosave resumes and the draft may still need saving. */
    markDirty: () => {
      holding.current = false;
      dirty.current = true;
    },
  };
}
