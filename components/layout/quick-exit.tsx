"use client";

import { LogOut } from "lucide-react";
import { useEffect } from "react";
import { Button } from "../ui/button";

/** A neutral page to land on; replace() keeps Trellis out of the back button. */
const NEUTRAL_PAGE = "https://www.weather.com/";

function leaveNow() {
  document.title = "Weather";
  window.location.replace(NEUTRAL_PAGE);
}

/**
 * Leaves Trellis at once for a neutral site, for a partner who may be overlooked.
 * Pressing Escape twice within a second does the same from anywhere on the page.
 */
export function QuickExit() {
  useEffect(() => {
    let lastEscape = 0;
    function onKeyDown(event: KeyboardEvent) {
      if (event.key !== "Escape") return;
      const now = Date.now();
      if (now - lastEscape < 1000) leaveNow();
      lastEscape = now;
    }
    window.addEventListener("keydown", onKeyDown);
    return () => window.removeEventListener("keydown", onKeyDown);
  }, []);

  return (
    <Button variant="outline" size="sm" onClick={leaveNow} title="Leave Trellis now (or press Esc twice)" className="border-primary/40">
      <LogOut aria-hidden />
      Quick exit
    </Button>
  );
}
