"use client";

import { RadioGroup } from "radix-ui";
import type { ReactNode } from "react";
import { cn } from "./cn";

interface RadioCardsProps<Value extends string> {
  value: Value | undefined;
  onValueChange: (value: Value) => void;
  options: { value: Value; title: ReactNode; description: ReactNode }[];
  "aria-labelledby": string;
  "aria-describedby"?: string;
  disabled?: boolean;
}

/** A radio group whose options are cards with a title and an explanation. */
export function RadioCards<Value extends string>({ value, onValueChange, options, disabled, ...aria }: RadioCardsProps<Value>) {
  return (
    <RadioGroup.Root
      value={value}
      onValueChange={(next) => onValueChange(next as Value)}
      disabled={disabled}
      className="grid gap-3 sm:grid-cols-2"
      {...aria}
    >
      {options.map((option) => (
        <RadioGroup.Item
          key={option.value}
          value={option.value}
          className={cn(
            "flex flex-col gap-1 rounded-lg border border-input bg-surface p-4 text-left hover:bg-muted/50",
            "data-[state=checked]:border-primary data-[state=checked]:bg-primary-soft data-[state=checked]:ring-1 data-[state=checked]:ring-primary",
          )}
        >
          <span className="flex items-center gap-2 font-medium text-foreground">
            <span
              aria-hidden
              className="flex size-4 items-center justify-center rounded-full border border-input bg-surface"
            >
              <RadioGroup.Indicator className="size-2 rounded-full bg-primary" />
            </span>
            {option.title}
          </span>
          <span className="text-sm text-muted-foreground">{option.description}</span>
        </RadioGroup.Item>
      ))}
    </RadioGroup.Root>
  );
}
