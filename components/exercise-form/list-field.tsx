"use client";

import { Plus, Trash2 } from "lucide-react";
import { type ReactNode, useRef } from "react";
import { useFieldArray, useFormContext } from "react-hook-form";
import { errorAt } from "../forms/error-at";
import { itemFieldsOf } from "@/db/schema/exercises/answers";
import type { TItemField, TTemplateField } from "@/db/schema/exercises/field-types";
import {
  AGREEMENT_ORIGIN_NAMES,
  AGREEMENT_STATUS_NAMES,
  PROMISE_NOTICED_NAMES,
  PROMISE_OWNER_NAMES,
  PROMISE_STATUS_NAMES,
} from "../exercises/labels";
import { Button } from "../ui/button";
import { describedByIds } from "./question-shell";
import { ValueField } from "./value-field";

type ListField = Extract<TTemplateField, { type: "repeatable_list" | "promise_list" | "agreement_list" }>;

const OPTION_NAMES: Record<string, Record<string, string>> = {
  "promise_list.owner": PROMISE_OWNER_NAMES,
  "promise_list.status": PROMISE_STATUS_NAMES,
  "promise_list.noticed": PROMISE_NOTICED_NAMES,
  "agreement_list.origin": AGREEMENT_ORIGIN_NAMES,
  "agreement_list.status": AGREEMENT_STATUS_NAMES,
};

/** The fixed promise/agreement sub-fields carry raw values; give their options readable names. */
function readableItemFields(field: ListField): TItemField[] {
  return itemFieldsOf(field).map((sub) =>
    sub.type === "single_select"
      ? { ...sub, options: sub.options.map((option) => ({ ...option, label: OPTION_NAMES[`${field.type}.${sub.key}`]?.[option.value] ?? option.label })) }
      : sub,
  );
}

function itemNoun(field: ListField) {
  if (field.type === "promise_list") return "promise";
  if (field.type === "agreement_list") return "agreement";
  return field.itemLabel.toLowerCase();
}

/** A question answered with a list of items, each with its own sub-questions. */
export function ListFieldInput({ field, id, note }: { field: ListField; id: string; note?: ReactNode }) {
  const { control, formState } = useFormContext();
  const { fields: rows, append, remove } = useFieldArray({ control, name: field.key });
  const addRef = useRef<HTMLButtonElement>(null);
  // A list-level error sits on the array itself, or on its `root` once rows exist.
  const error = errorAt(formState.errors, field.key) ?? errorAt(formState.errors, `${field.key}.root`);
  const subFields = readableItemFields(field);
  const noun = itemNoun(field);
  const full = rows.length >= field.maxItems;

  return (
    <fieldset className="flex min-w-0 flex-col gap-3" aria-describedby={describedByIds(id, { help: field.helpText, error, note })}>
      <legend className="mb-1 text-sm font-medium text-foreground">
        {field.label}
        {field.required ? (
          <span className="ml-1 font-normal text-muted-foreground">
            <span aria-hidden>*</span>
            <span className="sr-only">(required)</span>
          </span>
        ) : null}
      </legend>
      {note}
      {field.helpText ? (
        <p id={`${id}-help`} className="text-sm text-muted-foreground">
          {field.helpText}
        </p>
      ) : null}
      {rows.length === 0 ? <p className="text-sm text-muted-foreground">Nothing added yet.</p> : null}
      {rows.length > 0 ? (
      <ol className="flex flex-col gap-3">
        {rows.map((row, index) => {
          const title = `${noun.charAt(0).toUpperCase()}${noun.slice(1)} ${index + 1}`;
          return (
            <li key={row.id} className="rounded-md border border-border bg-muted/40 p-3 sm:p-4">
              <fieldset className="flex min-w-0 flex-col gap-4">
                <legend className="flex w-full items-center justify-between gap-2 text-sm font-semibold">{title}</legend>
                {subFields.map((sub) => (
                  <ValueField key={sub.key} field={sub} name={`${field.key}.${index}.${sub.key}`} id={`${id}-${index}-${sub.key}`} compact />
                ))}
                <div>
                  <Button
                    type="button"
                    variant="ghost"
                    size="sm"
                    onClick={() => {
                      remove(index);
                      addRef.current?.focus();
                    }}
                  >
                    <Trash2 aria-hidden /> Remove {title.toLowerCase()}
                    <span className="sr-only"> from “{field.label}”</span>
                  </Button>
                </div>
              </fieldset>
            </li>
          );
        })}
      </ol>
      ) : null}
      <div className="flex flex-wrap items-center gap-3">
        <Button
          ref={addRef}
          type="button"
          variant="outline"
          size="sm"
          disabled={full}
          onClick={() => append({}, { focusName: `${field.key}.${rows.length}.${subFields[0]?.key ?? ""}` })}
        >
          <Plus aria-hidden /> Add {noun}
          <span className="sr-only"> to “{field.label}”</span>
        </Button>
        {full ? <span className="text-sm text-muted-foreground">That's the most this list holds ({field.maxItems}).</span> : null}
      </div>
      {error ? (
        // Focusable, so "focus the first problem" can land on a list, which has no single input.
        <p id={`${id}-error`} tabIndex={-1} data-field-error className="text-sm font-medium text-destructive">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}
