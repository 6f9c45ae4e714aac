"use client";

import { Printer } from "lucide-react";
import { useEffect, useId, useState } from "react";
import { Button } from "../ui/button";

/**
 * Prints the prep view. Private session notes (psychotherapy notes) stay off paper unless
 * the counselor asks for them, because a printout can end up in the chart or on the table.
 */
export function PrintButton() {
  const [withNotes, setWithNotes] = useState(false);
  const id = useId();
  useEffect(() => {
    document.documentElement.toggleAttribute("data-print-notes", withNotes);
    return () => document.documentElement.removeAttribute("data-print-notes");
  }, [withNotes]);
  return (
    <div className="flex flex-wrap items-center gap-3">
      <Button variant="outline" onClick={() => window.print()}>
        <Printer aria-hidden /> Print
      </Button>
      <span className="flex items-center gap-2 text-sm">
        <input id={id} type="checkbox" className="size-5 accent-primary" checked={withNotes} onChange={(event) => setWithNotes(event.target.checked)} />
        <label htmlFor={id}>Include my private notes</label>
      </span>
    </div>
  );
}
