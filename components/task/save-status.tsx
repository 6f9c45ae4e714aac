"use client";

import { AlertTriangle, Check, CloudOff, Loader2 } from "lucide-react";
import { lazy, Suspense } from "react";
import type { SaveState } from "./use-autosave";

// Needed only once the server has said the sign-in lapsed (it brings Radix's dialog and
// the sign-in form), so it loads then rather than with every task page.
const ReauthButton = lazy(() => import("./reauth-button").then((module) => ({ default: module.ReauthButton })));

function timeOf(date: Date, timeZone: string) {
  return new Intl.DateTimeFormat("en-US", { hour: "numeric", minute: "2-digit", timeZone }).format(date);
}

/**
 * The draft's state in a few calm words. It is a polite live region, so a screen
 * reader hears "Saved at 10:42" without losing its place; problems are spelled out.
 */
export function SaveStatus({ state, timeZone, onSignedIn }: { state: SaveState; timeZone: string; onSignedIn: () => void }) {
  let content: React.ReactNode = null;
  switch (state.kind) {
    case "idle":
      content = <span>Your answers save as you type.</span>;
      break;
    case "pending":
      content = <span>Unsaved changes…</span>;
      break;
    case "saving":
      content = (
        <>
          <Loader2 aria-hidden className="size-4 animate-spin" /> Saving…
        </>
      );
      break;
    case "saved":
      content = (
        <>
          <Check aria-hidden className="size-4 text-success" /> Draft saved at {timeOf(state.at, timeZone)}
        </>
      );
      break;
    case "offline":
      content = (
        <>
          <CloudOff aria-hidden className="size-4 text-warning" /> You seem to be offline. Your words are still here; we&apos;ll save them when you&apos;re back.
        </>
      );
      break;
    case "signed_out":
      content = (
        <>
          <AlertTriangle aria-hidden className="size-4 text-warning" />
          <span>You&apos;ve been signed out, so this draft isn&apos;t saved yet. Your words are still here.</span>
        </>
      );
      break;
    case "retrying":
      content = (
        <>
          <AlertTriangle aria-hidden className="size-4 text-warning" /> Couldn&apos;t save just now. Trying again; your words are still here.
        </>
      );
      break;
    case "invalid":
      content = (
        <>
          <AlertTriangle aria-hidden className="size-4 text-destructive" /> Not saved: {state.message}
        </>
      );
      break;
    case "conflict":
      content = null;
      break;
  }
  return (
    <>
      <p role="status" aria-live="polite" className="flex min-h-6 items-center gap-1.5 text-sm text-muted-foreground" data-save-state={state.kind}>
        {content}
      </p>
      {state.kind === "signed_out" ? (
        <Suspense fallback={null}>
          <ReauthButton onSignedIn={onSignedIn} />
        </Suspense>
      ) : null}
    </>
  );
}
