"use client";

import { Check } from "lucide-react";
import type { ReactNode } from "react";
import { cn } from "../ui/cn";

interface Choice<V> {
  value: V;
  label: ReactNode;
}

interface ChoiceGroupProps<V> {
  name: string;
  idPrefix: string;
  choices: Choice<V>[];
  value: V | undefined;
  onChange: (value: V | undefined) => void;
  invalid: boolean;
  /** Numbered buttons in a grid (scales, yes/no) instead of a stacked list. */
  layout?: "scale" | "row" | "stack";
  inputRef?: (element: HTMLInputElement | null) => void;
}

const LAYOUTS = {
  // Six per row on phones (0–5, 6–10), one row of eleven from small screens up.
  scale: "grid max-w-[34rem] grid-cols-6 gap-1.5 sm:grid-cols-11",
  row: "flex flex-wrap gap-1.5",
  stack: "flex flex-col gap-2",
} as const;

/**
 * Native radios (keyboard and screen-reader behaviour for free), styled as tappable
 * options. The group's fieldset carries the description, so it isn't repeated on
 * every arrow press.
 */
export function ChoiceGroup<V extends string | number | boolean>({ name, idPrefix, choices, value, onChange, invalid, layout = "stack", inputRef }: ChoiceGroupProps<V>) {
  const compact = layout !== "stack";
  return (
    <div className={LAYOUTS[layout]}>
      {choices.map((choice, index) => {
        const id = `${idPrefix}-${index}`;
        const checked = value === choice.value;
        return (
          <label
            key={String(choice.value)}
            htmlFor={id}
            className={cn(
              "flex cursor-pointer items-center gap-2 rounded-md border text-sm has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-offset-2 has-[:focus-visible]:outline-ring",
              compact ? "min-h-11 min-w-11 justify-center px-2 font-medium" : "min-h-11 px-3 py-2",
              checked ? "border-primary bg-primary text-primary-foreground" : "border-input bg-surface text-foreground hover:bg-muted",
              invalid && !checked && "border-destructive",
            )}
          >
            <input
              id={id}
              ref={index === 0 ? inputRef : undefined}
              type="radio"
              name={name}
              className="sr-only"
              checked={checked}
              aria-invalid={invalid || undefined}
              onChange={() => onChange(choice.value)}
            />
            {!compact ? (
              <span
                aria-hidden
                className={cn("flex size-4 shrink-0 items-center justify-center rounded-full border", checked ? "border-primary-foreground" : "border-input")}
              >
                {checked ? <Check className="size-3" /> : null}
              </span>
            ) : null}
            {choice.label}
          </label>
        );
      })}
    </div>
  );
}

interface CheckListProps {
  idPrefix: string;
  options: { value: string; label: string; exclusive?: boolean | undefined }[];
  value: string[] | undefined;
  onChange: (value: string[]) => void;
  invalid: boolean;
  inputRef?: (element: HTMLInputElement | null) => void;
}

/** Checkboxes; an exclusive option ("None of these") clears the others, and the others clear it. */
export function CheckList({ idPrefix, options, value = [], onChange, invalid, inputRef }: CheckListProps) {
  const exclusive = new Set(options.filter((option) => option.exclusive).map((option) => option.value));
  const toggle = (option: string, on: boolean) => {
    if (!on) return onChange(value.filter((item) => item !== option));
    if (exclusive.has(option)) return onChange([option]);
    return onChange([...value.filter((item) => !exclusive.has(item)), option]);
  };
  return (
    <div className="flex flex-col gap-2">
      {options.map((option, index) => {
        const id = `${idPrefix}-${index}`;
        const checked = value.includes(option.value);
        return (
          <label
            key={option.value}
            htmlFor={id}
            className={cn(
              "flex min-h-11 cursor-pointer items-center gap-2 rounded-md border px-3 py-2 text-sm",
              checked ? "border-primary bg-primary-soft font-medium" : "border-input bg-surface hover:bg-muted",
              invalid && !checked && "border-destructive",
            )}
          >
            <input
              id={id}
              ref={index === 0 ? inputRef : undefined}
              type="checkbox"
              className="size-4 accent-primary"
              checked={checked}
              aria-invalid={invalid || undefined}
              onChange={(event) => toggle(option.value, event.target.checked)}
            />
            {option.label}
          </label>
        );
      })}
    </div>
  );
}
