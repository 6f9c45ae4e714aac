"use client";

import { useEffect, useRef, type ComponentProps, type ReactNode } from "react";
import { useFormState, useWatch } from "react-hook-form";
import { Field } from "../forms/field";
import { cn } from "../ui/cn";
import { Input } from "../ui/input";
import { messageAt, type BuilderErrors } from "./errors";
import { useBuilderForm, useSetAt, type BuilderPath, type BuilderValues } from "./types";

/** The builder's errors; components that read them re-render when they change. */
export function useBuilderErrors(): BuilderErrors {
  const { control } = useBuilderForm();
  return useFormState<BuilderValues>({ control }).errors;
}

/** The message for one path, e.g. "sections.0.title". */
export function useMessageAt(path: string): string | undefined {
  return messageAt(useBuilderErrors(), path);
}

/**
 * Moves focus to an element by id after the next render, once it exists: the new
 * field's label after "Add field", the moved card after "Move up".
 */
export function useFocusRequest() {
  const pending = useRef<string | null>(null);
  useEffect(() => {
    const id = pending.current;
    if (id === null) return;
    pending.current = null;
    document.getElementById(id)?.focus();
  });
  return (id: string) => {
    pending.current = id;
  };
}

/** Where focus goes after removing item `index` of `count`: the item now in its place (or the last), else `whenEmpty`. */
export function focusAfterRemoval(index: number, count: number, itemId: (index: number) => string, whenEmpty: string): string {
  return count > 1 ? itemId(Math.min(index, count - 2)) : whenEmpty;
}

export function TextArea({ className, ...props }: ComponentProps<"textarea">) {
  return (
    <textarea
      className={cn(
        "flex min-h-20 w-full rounded-md border border-input bg-surface px-3 py-2 text-base leading-relaxed text-foreground placeholder:text-muted-foreground/80 aria-[invalid=true]:border-destructive disabled:opacity-60 sm:text-sm",
        className,
      )}
      {...props}
    />
  );
}

/**
 * A message about a list or group rather than one input ("Add at least two options").
 * Focusable, so the first problem on the page can receive focus after saving.
 */
export function GroupError({ id, message }: { id: string; message: string | undefined }) {
  if (!message) return null;
  return (
    <p id={id} tabIndex={-1} data-error-anchor="" className="rounded-md text-sm font-medium text-destructive">
      {message}
    </p>
  );
}


interface NumberFieldProps {
  name: BuilderPath;
  label: ReactNode;
  help?: ReactNode;
  decimal?: boolean;
  placeholder?: string;
  className?: string;
  inputClassName?: string;
  /** Shown after the input, e.g. "days". */
  suffix?: string;
}

/**
 * A number input bound to the form: empty means "not set" (undefined), so optional
 * limits can be cleared and a setting with a default falls back to it.
 */
export function NumberField({ name, label, help, decimal = false, placeholder, className, inputClassName, suffix }: NumberFieldProps) {
  const { control } = useBuilderForm();
  const setAt = useSetAt();
  const value: unknown = useWatch({ control, name });
  const error = useMessageAt(name);
  return (
    <Field id={name} label={label} help={help} error={error} className={className}>
      {(field) => (
        <div className="flex items-center gap-2">
          <Input
            {...field}
            type="number"
            inputMode={decimal ? "decimal" : "numeric"}
            step={decimal ? "any" : 1}
            placeholder={placeholder}
            className={cn("w-28", inputClassName)}
            value={typeof value === "number" && !Number.isNaN(value) ? value : ""}
            onChange={(event) => setAt(name, event.target.value === "" ? undefined : Number(event.target.value))}
          />
          {suffix ? <span className="text-sm text-muted-foreground">{suffix}</span> : null}
        </div>
      )}
    </Field>
  );
}

/** A small square button whose name says what it does to which thing ("Move “Trust today” up"). */
export function IconButton({ label, children, className, ...props }: ComponentProps<"button"> & { label: string }) {
  return (
    <button
      type="button"
      aria-label={label}
      title={label}
      className={cn(
        "inline-flex size-9 shrink-0 items-center justify-center rounded-md border border-transparent text-muted-foreground hover:border-border hover:bg-muted hover:text-foreground disabled:pointer-events-none disabled:opacity-40 [&_svg]:size-4",
        className,
      )}
      {...props}
    >
      {children}
    </button>
  );
}

/** “Trust today”, or a neutral stand-in while the label is still empty. */
export function quoted(label: string | undefined, fallback: string): string {
  const text = label?.trim();
  return text ? `“${text}”` : fallback;
}

export { CheckboxField } from "../forms/checkbox-field";
