"use client";

import { AlertTriangle, Check, CloudOff, Loader2, Lock } from "lucide-react";
import { usePathname } from "next/navigation";
import { useId, useState } from "react";
import { LoginForm } from "../auth/login-form";
import type { SaveState } from "../task/use-autosave";
import { Alert } from "../ui/alert";
import { Button } from "../ui/button";
import { Dialog } from "../ui/dialog";
import { useNoteAutosave } from "./use-note-autosave";

function timeOf(date: Date, timeZone: string) {
  return new Intl.DateTimeFormat("en-US", { hour: "numeric", minute: "2-digit", timeZone }).format(date);
}

/** The note's save state in a few words; a polite live region, so it never interrupts. */
function NoteStatus({ state, timeZone }: { state: SaveState; timeZone: string }) {
  switch (state.kind) {
    case "idle":
      return <span>Saves as you type.</span>;
    case "pending":
      return <span>Unsaved changes…</span>;
    case "saving":
      return (
        <>
          <Loader2 aria-hidden className="size-4 animate-spin" /> Saving…
        </>
      );
    case "saved":
      return (
        <>
          <Check aria-hidden className="size-4 text-success" /> Saved at {timeOf(state.at, timeZone)}
        </>
      );
    case "offline":
      return (
        <>
          <CloudOff aria-hidden className="size-4 text-warning" /> You seem to be offline. The note is still here and saves when you&apos;re back.
        </>
      );
    case "signed_out":
      return (
        <>
          <AlertTriangle aria-hidden className="size-4 text-warning" /> You&apos;ve been signed out, so the latest words aren&apos;t saved yet.
        </>
      );
    case "retrying":
      return (
        <>
          <AlertTriangle aria-hidden className="size-4 text-warning" /> Couldn&apos;t save just now. Trying again.
        </>
      );
    case "invalid":
      return (
        <>
          <AlertTriangle aria-hidden className="size-4 text-destructive" /> Not saved: {state.message}
        </>
      );
    case "conflict":
      return null;
  }
}

/**
 * Private session notes (psychotherapy notes): their own store, autosaved, and never in
 * anything a partner can see or export.
 */
export function SessionNote({
  sessionId,
  body,
  version,
  timeZone,
  label = "Notes for this session",
}: {
  sessionId: string;
  body: string;
  version: number;
  timeZone: string;
  label?: string;
}) {
  const autosave = useNoteAutosave({ sessionId, initialVersion: version });
  const [text, setText] = useState(body);
  const [signingIn, setSigningIn] = useState(false);
  const pathname = usePathname();
  const id = useId();
  const { state } = autosave;

  return (
    <div className="flex flex-col gap-2">
      <label htmlFor={id} className="text-sm font-medium">
        {label}
      </label>
      <p id={`${id}-privacy`} className="flex items-center gap-1.5 text-sm text-muted-foreground">
        <Lock aria-hidden className="size-4 shrink-0" /> Private — never visible to the couple, never in client exports.
      </p>
      <textarea
        id={id}
        value={text}
        rows={8}
        onChange={(event) => {
          setText(event.target.value);
          autosave.onChange(event.target.value);
        }}
        onBlur={autosave.saveNow}
        aria-describedby={`${id}-privacy ${id}-status`}
        className="min-h-40 w-full rounded-md border border-input bg-surface px-3 py-2 text-base leading-relaxed text-foreground sm:text-sm print:hidden"
      />
      {/* A textarea prints clipped to its box; on paper the note is plain text. */}
      <div className="hidden whitespace-pre-wrap break-words print:block">{text.trim() === "" ? "No notes written." : text}</div>
      <p id={`${id}-status`} role="status" aria-live="polite" className="flex min-h-6 items-center gap-1.5 text-sm text-muted-foreground print:hidden" data-save-state={state.kind}>
        <NoteStatus state={state} timeZone={timeZone} />
      </p>
      {state.kind === "signed_out" ? (
        <div className="print:hidden">
          <Button size="sm" onClick={() => setSigningIn(true)}>
            Sign in to save
          </Button>
          <Dialog open={signingIn} onOpenChange={setSigningIn} title="Sign in again" description="Your session ended. Sign in and the note saves right away.">
            <LoginForm
              returnTo={pathname}
              idPrefix="note-reauth-"
              onSignedIn={() => {
                setSigningIn(false);
                autosave.retryNow();
              }}
            />
          </Dialog>
        </div>
      ) : null}
      {state.kind === "retrying" || state.kind === "offline" ? (
        <div className="print:hidden">
          <Button size="sm" variant="outline" onClick={autosave.retryNow}>
            Try again now
          </Button>
        </div>
      ) : null}
      {state.kind === "conflict" ? (
        <Alert tone="error">
          <span>{state.message}</span>
          <span>Copy anything you wrote since, then reload the page.</span>
        </Alert>
      ) : null}
    </div>
  );
}
