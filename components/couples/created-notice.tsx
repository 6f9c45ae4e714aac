"use client";

import { useEffect, useRef } from "react";
import { Alert } from "../ui/alert";

/**
 * Confirms a new couple. Takes focus so screen readers announce it after the page
 * change, and drops ?created=1 from the address so a reload or bookmark does not
 * repeat it.
 */
export function CreatedNotice({ invited = false }: { invited?: boolean }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.focus();
    window.history.replaceState(window.history.state, "", window.location.pathname);
  }, []);
  return (
    <Alert ref={ref} tabIndex={-1} tone="success" className="mb-6">
      <strong className="font-medium">Couple added.</strong>
      <span>
        {invited
          ? "Both partner accounts are set up and each partner has been emailed an invitation. You can follow their progress under Partners."
          : "Both partner accounts are set up. Nothing has been sent to the partners yet, and they can't sign in until they have been invited."}
      </span>
    </Alert>
  );
}
