"use client";

import type { FieldValues, Path, UseFormSetError } from "react-hook-form";

interface ServerErrorShape {
  message: string;
  data?: { fieldErrors?: Record<string, string[]> } | null;
}

/**
 * Puts a procedure's field errors on the matching inputs (paths like
 * "partners.1.email") and anything else in the form-level message.
 */
export function applyServerErrors<Values extends FieldValues>(error: ServerErrorShape, setError: UseFormSetError<Values>) {
  const fieldErrors = error.data?.fieldErrors ?? {};
  let placedOnField = false;
  for (const [path, messages] of Object.entries(fieldErrors)) {
    const message = messages[0];
    if (!message || path === "_form") continue;
    setError(path as Path<Values>, { type: "server", message }, { shouldFocus: !placedOnField });
    placedOnField = true;
  }
  const formMessage = fieldErrors._form?.[0] ?? (placedOnField ? undefined : error.message);
  if (formMessage) setError("root.server", { type: "server", message: formMessage });
}
