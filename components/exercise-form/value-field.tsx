"use client";

import { Controller, useFormContext, useWatch } from "react-hook-form";
import { errorAt } from "../forms/error-at";
import type { ReactNode } from "react";
import { DEFAULT_LIKERT_LABELS, type TItemField, type TTemplateField } from "@/db/schema/exercises/field-types";
import { Button } from "../ui/button";
import { Input } from "../ui/input";
import { NativeSelect } from "../ui/native-select";
import { CheckList, ChoiceGroup } from "./choice-inputs";
import { describedByIds, QuestionShell } from "./question-shell";
import { Textarea } from "./textarea";

type SingleValueField = Exclude<TItemField | TTemplateField, { type: "repeatable_list" | "promise_list" | "agreement_list" }>;

interface ValueFieldProps {
  field: SingleValueField;
  name: string;
  id: string;
  note?: ReactNode;
  /** Inside a list item: choices render as a dropdown so each item stays short. */
  compact?: boolean;
}

const GROUP_TYPES = new Set(["single_select", "checklist", "yes_no", "scale_0_10", "likert_5", "likert_7"]);
const SCALE = Array.from({ length: 11 }, (_, value) => ({ value, label: String(value) }));

function CharacterCount({ name, max }: { name: string; max: number }) {
  const value: unknown = useWatch({ name });
  const used = typeof value === "string" ? value.length : 0;
  // Only worth showing once someone is near the limit, or for long answers.
  if (used < max * 0.8 && max < 5000) return null;
  return (
    <p className={used > max ? "text-xs font-medium text-destructive" : "text-xs text-muted-foreground"}>
      {used.toLocaleString("en-US")} / {max.toLocaleString("en-US")} characters
    </p>
  );
}

/** One question with a single answer: text, scale, choice, date, number or acknowledgement. */
export function ValueField({ field, name, id, note, compact = false }: ValueFieldProps) {
  const { control, register, formState } = useFormContext();
  const error = errorAt(formState.errors, name);
  const describedBy = describedByIds(id, { help: field.helpText, error, note });
  const invalid = Boolean(error);
  const group = GROUP_TYPES.has(field.type);
  const shell = (children: ReactNode, asGroup = group, extraDescriptionId?: string) => (
    <QuestionShell
      id={id}
      label={field.label}
      required={field.required}
      help={field.helpText}
      error={error}
      group={asGroup}
      note={note}
      extraDescriptionId={extraDescriptionId}
    >
      {children}
    </QuestionShell>
  );
  /** Optional choices can be un-chosen with a button, which works from the keyboard too. */
  const clear = (value: unknown, onChange: (value: undefined) => void) =>
    !field.required && value !== undefined && value !== null ? (
      <div>
        <Button type="button" variant="link" size="sm" className="h-auto px-0 text-sm" onClick={() => onChange(undefined)}>
          Clear answer<span className="sr-only"> to “{field.label}”</span>
        </Button>
      </div>
    ) : null;
  /** One answer from a set of tappable choices (single choice, yes/no, scales). */
  const choiceQuestion = <V extends string | number | boolean>(
    choices: { value: V; label: ReactNode }[],
    layout: "stack" | "row" | "scale" = "stack",
    after?: ReactNode,
    extraDescriptionId?: string,
  ) =>
    shell(
      <Controller
        control={control}
        name={name}
        render={({ field: input }) => (
          <>
            <ChoiceGroup name={name} idPrefix={id} inputRef={input.ref} layout={layout} choices={choices} value={input.value as V | undefined} onChange={input.onChange} invalid={invalid} />
            {after}
            {clear(input.value, input.onChange)}
          </>
        )}
      />,
      true,
      extraDescriptionId,
    );

  switch (field.type) {
    case "short_text":
      return shell(
        <>
          <Input id={id} aria-invalid={invalid} aria-describedby={describedBy} placeholder={field.placeholder} autoComplete="off" {...register(name)} />
          <CharacterCount name={name} max={field.maxLength} />
        </>,
      );
    case "long_text":
      return shell(
        <>
          <Textarea id={id} aria-invalid={invalid} aria-describedby={describedBy} rows={field.maxLength > 4000 ? 8 : 4} {...register(name)} />
          <CharacterCount name={name} max={field.maxLength} />
        </>,
      );
    case "date":
      return shell(<Input id={id} type="date" className="w-auto" aria-invalid={invalid} aria-describedby={describedBy} {...register(name)} />);
    case "number":
      return shell(
        <div className="flex items-center gap-2">
          <Input
            id={id}
            type="number"
            inputMode={field.integer ? "numeric" : "decimal"}
            className="w-32"
            min={field.min}
            max={field.max}
            step={field.integer ? 1 : "any"}
            aria-invalid={invalid}
            aria-describedby={describedBy}
            {...register(name, { setValueAs: (value: unknown) => (value === "" || value === null || value === undefined ? undefined : Number(value)) })}
          />
          {field.unit ? <span className="text-sm text-muted-foreground">{field.unit}</span> : null}
        </div>,
      );
    case "acknowledgement":
      return shell(
        <label htmlFor={id} className="flex cursor-pointer items-start gap-3 rounded-md border border-input bg-surface px-3 py-3 text-sm">
          <input id={id} type="checkbox" className="mt-0.5 size-4 accent-primary" aria-invalid={invalid} aria-describedby={describedBy} {...register(name)} />
          <span>{field.statement}</span>
        </label>,
      );
    case "single_select":
      if (compact || field.options.length > 6) {
        return shell(
          <NativeSelect id={id} aria-invalid={invalid} aria-describedby={describedBy} {...register(name, { setValueAs: (value: unknown) => (value === "" ? undefined : value) })}>
            <option value="">Choose…</option>
            {field.options.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </NativeSelect>,
          false,
        );
      }
      return choiceQuestion(field.options.map((option) => ({ value: option.value, label: option.label })));
    case "checklist":
      return shell(
        <Controller
          control={control}
          name={name}
          render={({ field: input }) => (
            <CheckList idPrefix={id} inputRef={input.ref} options={field.options} value={input.value as string[] | undefined} onChange={input.onChange} invalid={invalid} />
          )}
        />,
      );
    case "yes_no":
      return choiceQuestion(
        [
          { value: true, label: "Yes" },
          { value: false, label: "No" },
        ],
        "row",
      );
    case "scale_0_10":
      return choiceQuestion(
        SCALE,
        "scale",
        <p id={`${id}-anchors`} className="flex max-w-[34rem] justify-between gap-4 text-xs text-muted-foreground">
          <span>0: {field.anchors.low}</span>
          <span className="text-right">10: {field.anchors.high}</span>
        </p>,
        `${id}-anchors`,
      );
    case "likert_5":
    case "likert_7": {
      const labels = field.labels ?? DEFAULT_LIKERT_LABELS[field.type === "likert_5" ? 5 : 7];
      return choiceQuestion(labels.map((label, index) => ({ value: index + 1, label })));
    }
  }
}
