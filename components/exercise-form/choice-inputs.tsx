"use client";

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
  describedBy: string | undefined;
  invalid: boolean;
  /** Compact numbered buttons in a row (scales) instead of a stacked list. */
  layout?: "row" | "stack";
  inputRef?: (element: HTMLInputElement | null) => void;
}

/** Native radios (keyboard and screen-reader behaviour for free), styled as tappable options. */
export function ChoiceGroup<V extends string | number | boolean>({ name, idPrefix, choices, value, onChange, describedBy, invalid, layout = "stack", inputRef }: ChoiceGroupProps<V>) {
  return (
    <div className={cn(layout === "row" ? "flex flex-wrap gap-1.5" : "flex flex-col gap-2")}>
      {choices.map((choice, index) => {
        const id = `${idPrefix}-${index}`;
        const checked = value === choice.value;
        return (
          <label
            key={String(choice.value)}
            htmlFor={id}
            className={cn(
              "flex cursor-pointer items-center gap-2 rounded-md border text-sm has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-offset-2 has-[:focus-visible]:outline-ring",
              layout === "row" ? "min-h-11 min-w-11 justify-center px-2 font-medium" : "min-h-11 px-3 py-2",
              checked ? "border-primary bg-primary-soft text-primary" : "border-input bg-surface hover:bg-muted",
              invalid && !checked && "border-destructive",
            )}
          >
            <input
              id={id}
              ref={index === 0 ? inputRef : undefined}
              type="radio"
              name={name}
              className={layout === "row" ? "sr-only" : "size-4 accent-primary"}
              checked={checked}
              aria-describedby={describedBy}
              onChange={() => onChange(choice.value)}
              // Clicking the chosen option again clears it: an optional question can be left unanswered.
              onClick={() => {
                if (checked) onChange(undefined);
              }}
            />
            {choice.label}
          </label>
        );
      })}
    </div>
  );
}

interface CheckListProps {
  idPrefix: string;
  options: { value: string; label: string }[];
  value: string[] | undefined;
  onChange: (value: string[]) => void;
  describedBy: string | undefined;
  invalid: boolean;
  inputRef?: (element: HTMLInputElement | null) => void;
}

export function CheckList({ idPrefix, options, value = [], onChange, describedBy, invalid, inputRef }: CheckListProps) {
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
              checked ? "border-primary bg-primary-soft" : "border-input bg-surface hover:bg-muted",
              invalid && "border-destructive",
            )}
          >
            <input
              id={id}
              ref={index === 0 ? inputRef : undefined}
              type="checkbox"
              className="size-4 accent-primary"
              checked={checked}
              aria-describedby={describedBy}
              onChange={(event) => onChange(event.target.checked ? [...value, option.value] : value.filter((item) => item !== option.value))}
            />
            {option.label}
          </label>
        );
      })}
    </div>
  );
}
