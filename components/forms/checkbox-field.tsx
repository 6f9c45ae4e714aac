import type { ReactNode } from "react";
import type { UseFormRegisterReturn } from "react-hook-form";
import { cn } from "../ui/cn";

interface CheckboxFieldProps {
  id: string;
  label: ReactNode;
  help?: ReactNode;
  error?: string | undefined;
  disabled?: boolean;
  registration: UseFormRegisterReturn;
}

/** A checkbox with its label beside it, and help and error text underneath. */
export function CheckboxField({ id, label, help, error, disabled, registration }: CheckboxFieldProps) {
  const describedBy = [help ? `${id}-help` : null, error ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
  return (
    <div className="flex flex-col gap-1">
      <div className="flex items-start gap-2.5">
        <input
          id={id}
          type="checkbox"
          className="mt-0.5 size-4 shrink-0 accent-primary disabled:opacity-60"
          aria-invalid={Boolean(error)}
          aria-describedby={describedBy}
          disabled={disabled}
          {...registration}
        />
        <label htmlFor={id} className={cn("text-sm font-medium text-foreground", disabled && "text-muted-foreground")}>
          {label}
        </label>
      </div>
      {help ? (
        <p id={`${id}-help`} className="pl-6.5 text-sm text-muted-foreground">
          {help}
        </p>
      ) : null}
      {error ? (
        <p id={`${id}-error`} className="pl-6.5 text-sm font-medium text-destructive">
          {error}
        </p>
      ) : null}
    </div>
  );
}
