import type { ReactNode } from "react";
import { Label } from "../ui/label";

interface QuestionShellProps {
  id: string;
  label: string;
  required: boolean;
  help?: string | undefined;
  error?: string | undefined;
  /** Radios and checkboxes are a group: a fieldset named by its legend. */
  group: boolean;
  /** Extra line under the label, e.g. who will see the answer. */
  note?: ReactNode;
  /** Another element that describes the question (e.g. a scale's end labels). */
  extraDescriptionId?: string;
  children: ReactNode;
}

export function describedByIds(id: string, parts: { help?: unknown; error?: unknown; note?: unknown; extra?: string | undefined }) {
  return (
    [parts.note ? `${id}-who` : null, parts.help ? `${id}-help` : null, parts.extra ?? null, parts.error ? `${id}-error` : null].filter(Boolean).join(" ") ||
    undefined
  );
}

/** Label (or legend), who-sees note, help, control and error of one question. */
export function QuestionShell({ id, label, required, help, error, group, note, extraDescriptionId, children }: QuestionShellProps) {
  const heading = (
    <>
      {label}
      {required ? (
        <span className="ml-1 font-normal text-muted-foreground">
          <span aria-hidden>*</span>
          <span className="sr-only">(required)</span>
        </span>
      ) : null}
    </>
  );
  const details = (
    <>
      {note}
      {help ? (
        <p id={`${id}-help`} className="text-sm text-muted-foreground">
          {help}
        </p>
      ) : null}
    </>
  );
  const errorLine = error ? (
    <p id={`${id}-error`} className="text-sm font-medium text-destructive">
      {error}
    </p>
  ) : null;
  if (group) {
    return (
      <fieldset className="flex min-w-0 flex-col gap-2" aria-describedby={describedByIds(id, { help, error, note, extra: extraDescriptionId })}>
        <legend className="mb-1 text-sm font-medium text-foreground">{heading}</legend>
        {details}
        {children}
        {errorLine}
      </fieldset>
    );
  }
  return (
    <div className="flex min-w-0 flex-col gap-2">
      <Label htmlFor={id}>{heading}</Label>
      {details}
      {children}
      {errorLine}
    </div>
  );
}
