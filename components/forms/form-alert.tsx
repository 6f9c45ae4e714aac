import type { Ref } from "react";
import { Alert } from "../ui/alert";

/**
 * A form's server-side message: focusable (useErrorFocus moves focus here), and
 * remounted per submit attempt so a repeated failure is announced again.
 */
export function FormAlert({ message, attempt, alertRef }: { message: string | undefined; attempt: number; alertRef: Ref<HTMLDivElement> }) {
  if (!message) return null;
  return (
    <Alert key={attempt} ref={alertRef} tabIndex={-1} tone="error">
      {message}
    </Alert>
  );
}
