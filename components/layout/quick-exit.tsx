"use client";

import { DoorOpen } from "lucide-react";
import { useEffect } from "react";
import { Button } from "../ui/button";

/** A neutral page to land on; replace() keeps Trellis out of the back button. */
const NEUTRAL_PAGE = "https://www.weather.com/";
const PRESSES = 3;
const WITHIN_MS = 1500;

export function leaveNow() {
  document.title = "Weather";
  window.location.replace(NEUTRAL_PAGE);
}

/** Escape presses that belong to something else: typing, or closing a menu or dialog. */
function isClaimed(event: KeyboardEvent): boolean {
  if (event.defaultPrevented) return true;
  const target = event.target;
  if (target instanceof HTMLElement && (target.isContentEditable || target.closest("input, textarea, select"))) return true;
  return document.querySelector('[role="menu"], [role="dialog"], [role="listbox"]') !== null;
}

/**
 * Leaves Trellis at once for a neutral site, for a partner who may be overlooked.
 * Escape pressed three times within a second and a half does the same from anywhere
 * on the page, unless the presses are closing a menu or happen while typing.
 */
export function QuickExit() {
  useEffect(() => {
    let presses: number[] = [];
    function onKeyDown(event: KeyboardEvent) {
      if (event.key !== "Escape") return;
      if (isClaimed(event)) {
        presses = [];
        return;
      }
      const now = Date.now();
      presses = [...presses.filter((at) => now - at < WITHIN_MS), now];
      if (presses.length >= PRESSES) leaveNow();
    }
    window.addEventListener("keydown", onKeyDown);
    return () => window.removeEventListener("keydown", onKeyDown);
  }, []);

  return (
    <Button variant="outline" size="sm" onClick={leaveNow} className="border-primary/40" aria-keyshortcuts="Escape Escape Escape">
      <DoorOpen aria-hidden />
      Quick exit
      <kbd className="hidden rounded border border-border bg-muted px-1 font-sans text-[0.7rem] text-muted-foreground lg:inline">Esc ×3</kbd>
    </Button>
  );
}
