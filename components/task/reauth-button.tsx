"use client";

import { useState } from "react";
import { LazyLoginForm } from "../auth/lazy-login-form";
import { Button } from "../ui/button";
import { Dialog } from "../ui/dialog";

/**
 * Signing in again without leaving the page (WCAG 2.2.5): the unsaved words stay in the
 * form behind the dialog and save as soon as the session is back.
 */
export function ReauthButton({ onSignedIn }: { onSignedIn: () => void }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button size="sm" onClick={() => setOpen(true)}>
        Sign in to save
      </Button>
      <Dialog open={open} onOpenChange={setOpen} title="Sign in again" description="Your session ended. Sign in and we'll save your draft right away.">
        {/* The dialog sits inside the exercise form in React's tree; its submit must not bubble there. */}
        <div onSubmit={(event) => event.stopPropagation()}>
          <LazyLoginForm
            returnTo="/today"
            idPrefix="reauth-"
            onSignedIn={() => {
              setOpen(false);
              onSignedIn();
            }}
          />
        </div>
      </Dialog>
    </>
  );
}
