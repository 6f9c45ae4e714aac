"use client";

import { useEffect, useRef } from "react";
import type { FieldValues, Path, UseFormReturn, UseFormSetError } from "react-hook-form";

interface ServerErrorShape {
  message: string;
  data?: { fieldErrors?: Record<string, string[]> } | null;
}

const FORM_LEVEL = "_form";

/**
 * Puts a procedure's field errors on the matching inputs (paths like
 * "partners.1.email") and always sets a form-level message, so the alert is announced.
 * Returns the first field with an error, or "_form" when the error concerns the form.
 */
export function applyServerErrors<Values extends FieldValues>(error: ServerErrorShape, setError: UseFormSetError<Values>): string {
  const fieldErrors = error.data?.fieldErrors ?? {};
  let firstField: string | undefined;
  for (const [path, messages] of Object.entries(fieldErrors)) {
    const message = messages[0];
    if (!message || path === FORM_LEVEL) continue;
    setError(path as Path<Values>, { type: "server", message });
    firstField ??= path;
  }
  const formMessage = fieldErrors[FORM_LEVEL]?.[0] ?? (firstField ? "Please correct the highlighted fields." : error.message);
  setError("root.server", { type: "server", message: formMessage });
  return firstField ?? FORM_LEVEL;
}

/**
 * Moves focus to where a server error is, once the form is interactive again (inputs
 * inside a disabled fieldset cannot take focus while a request is in flight).
 */
export function useErrorFocus<Values extends FieldValues>(form: UseFormReturn<Values, unknown, unknown>, busy: boolean) {
  const pending = useRef<string | null>(null);
  const alertRef = useRef<HTMLDivElement>(null);
  // Checked after every render: the one where the form stops being busy moves focus.
  useEffect(() => {
    const target = pending.current;
    if (busy || target === null) return;
    pending.current = null;
    if (target === FORM_LEVEL) alertRef.current?.focus();
    else form.setFocus(target as Path<Values>);
  });
  return {
    focusOn: (target: string) => {
      pending.current = target;
    },
    alertRef,
  };
}
