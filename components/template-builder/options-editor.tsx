"use client";

import { ArrowDown, ArrowUp, Plus, Trash2 } from "lucide-react";
import { useFieldArray, useWatch } from "react-hook-form";
import { Field } from "../forms/field";
import { Button } from "../ui/button";
import { Input } from "../ui/input";
import { focusAfterRemoval, GroupError, IconButton, NumberField, quoted, useBuilderErrors, useFocusRequest } from "./controls";
import { keyFollowsText, keyFromText, placeholderKey, uniqueKey } from "./defaults";
import { messageAt } from "./errors";
import { useBuilderForm, useBuilderSettings, useSetAt, type ValueFieldPath } from "./types";

const MAX_OPTIONS = 40;

/** The choices of a single-choice or checklist question: text, stored value, optional score. */
export function OptionsEditor({ path, showScores }: { path: ValueFieldPath; showScores: boolean }) {
  const { control, register, getValues } = useBuilderForm();
  const setAt = useSetAt();
  const { loadedKeys } = useBuilderSettings();
  const name = `${path}.options` as const;
  const { fields, append, remove, swap } = useFieldArray({ control, name });
  const errors = useBuilderErrors();
  const requestFocus = useFocusRequest();
  const watched = useWatch({ control, name });
  const values = () => (getValues(name) ?? []).map((option) => option?.value ?? "");

  const move = (index: number, to: number) => {
    swap(index, to);
    const edge = to === 0 ? "down" : to === fields.length - 1 ? "up" : index > to ? "up" : "down";
    requestFocus(`${name}.${to}-${edge}`);
  };

  return (
    <fieldset className="flex min-w-0 flex-col gap-3">
      <legend className="mb-1 text-sm font-semibold">Options</legend>
      <p className="text-sm text-muted-foreground">
        Partners see the text. The stored value is what conditions and exports use{showScores ? "; a score makes the question usable in a measure" : ""}.
      </p>
      <ol className="flex flex-col gap-3">
        {fields.map((option, index) => {
          const at = `${name}.${index}` as const;
          const label = watched?.[index]?.label;
          const labelRegistration = register(`${at}.label`);
          return (
            <li key={option.id} className="rounded-md border border-border bg-background/60 p-3">
              <div role="group" aria-labelledby={`${at}-name`} className="flex min-w-0 flex-col gap-3">
                <div className="flex items-center justify-between gap-2">
                  <span id={`${at}-name`} className="text-sm font-medium">
                    Option {index + 1}
                  </span>
                  <div className="flex gap-0.5">
                    <IconButton id={`${at}-up`} label={`Move option ${quoted(label, String(index + 1))} up`} disabled={index === 0} onClick={() => move(index, index - 1)}>
                      <ArrowUp aria-hidden />
                    </IconButton>
                    <IconButton
                      id={`${at}-down`}
                      label={`Move option ${quoted(label, String(index + 1))} down`}
                      disabled={index === fields.length - 1}
                      onClick={() => move(index, index + 1)}
                    >
                      <ArrowDown aria-hidden />
                    </IconButton>
                    <IconButton
                      label={`Remove option ${quoted(label, String(index + 1))}`}
                      onClick={() => {
                        remove(index);
                        requestFocus(focusAfterRemoval(index, fields.length, (i) => `${name}.${i}.label`, `${name}-add`));
                      }}
                    >
                      <Trash2 aria-hidden />
                    </IconButton>
                  </div>
                </div>
                <div className={showScores ? "grid gap-3 sm:grid-cols-[minmax(0,2fr)_minmax(0,1fr)_auto]" : "grid gap-3 sm:grid-cols-[minmax(0,2fr)_minmax(0,1fr)]"}>
                  <Field id={`${at}.label`} label="Text" error={messageAt(errors, `${at}.label`)}>
                    {(control) => (
                      <Input
                        {...control}
                        autoComplete="off"
                        {...labelRegistration}
                        onChange={(event) => {
                          const previousLabel = getValues(`${at}.label`) ?? "";
                          const previousValue = getValues(`${at}.value`) ?? "";
                          void labelRegistration.onChange(event);
                          if (loadedKeys.has(previousValue) || !keyFollowsText(previousValue, previousLabel, "option", { digitStart: true })) return;
                          const others = values().filter((_, i) => i !== index);
                          const next = uniqueKey(keyFromText(event.target.value, placeholderKey("option", others), { digitStart: true }), others);
                          setAt(`${at}.value`, next);
                        }}
                      />
                    )}
                  </Field>
                  <Field id={`${at}.value`} label="Stored as" error={messageAt(errors, `${at}.value`)}>
                    {(control) => <Input {...control} autoComplete="off" spellCheck={false} className="font-mono text-sm" {...register(`${at}.value`)} />}
                  </Field>
                  {showScores ? <NumberField name={`${at}.score`} label="Score" decimal inputClassName="w-24" /> : null}
                </div>
                <GroupError id={`${at}-error`} message={messageAt(errors, at)} />
              </div>
            </li>
          );
        })}
      </ol>
      <GroupError id={`${name}-error`} message={messageAt(errors, name)} />
      <div>
        <Button
          id={`${name}-add`}
          variant="outline"
          size="sm"
          disabled={fields.length >= MAX_OPTIONS}
          onClick={() => {
            const taken = values();
            const value = placeholderKey("option", taken);
            append({ value, label: "" });
            requestFocus(`${name}.${fields.length}.label`);
          }}
        >
          <Plus aria-hidden /> Add option
        </Button>
      </div>
    </fieldset>
  );
}
