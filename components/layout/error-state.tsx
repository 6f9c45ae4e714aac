"use client";

import { AlertTriangle, RotateCcw } from "lucide-react";
import { Button } from "../ui/button";

/** Shown by route error boundaries: calm, no technical detail, a reference to quote, and a retry. */
export function ErrorState({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <div role="alert" className="flex flex-col items-center rounded-lg border border-border bg-surface px-6 py-12 text-center">
      <span className="mb-4 flex size-12 items-center justify-center rounded-full bg-warning-soft text-warning">
        <AlertTriangle aria-hidden className="size-6" />
      </span>
      <h2 className="text-lg font-semibold">This page couldn&apos;t load</h2>
      <p className="mt-2 max-w-md text-sm text-muted-foreground">
        Something went wrong on our side. Please try again in a moment.
      </p>
      {error.digest ? <p className="mt-3 text-xs text-muted-foreground">Reference: {error.digest}</p> : null}
      <Button className="mt-6" variant="outline" onClick={reset}>
        <RotateCcw aria-hidden /> Try again
      </Button>
    </div>
  );
}
