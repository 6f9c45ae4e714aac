"use client";

import { ArrowDown, ArrowUp, Plus, Trash2 } from "lucide-react";
import { useState } from "react";
import { useFieldArray, useWatch } from "react-hook-form";
import { ITEM_FIELD_TYPES } from "@/db/schema/exercises/field-types";
import { FIELD_TYPE_NAMES } from "../exercises/labels";
import { Field } from "../forms/field";
import { Button } from "../ui/button";
import { Input } from "../ui/input";
import { NativeSelect } from "../ui/native-select";
import { CheckboxField, focusAfterRemoval, GroupError, IconButton, quoted, TextArea, useBuilderErrors, useFocusRequest } from "./controls";
import { blankItemField, convertItemField, keyFollowsText, keyFromText, placeholderKey, uniqueKey } from "./defaults";
import { messageAt } from "./errors";
import { ValueTypeOptions } from "./field-type-options";
import { useBuilderForm, useBuilderSettings, useSetAt, type FieldPath, type ValueType } from "./types";

const MAX_ITEM_FIELDS = 12;

/** The questions asked for every item of a repeatable list (e.g. “Question” and “Answer”). */
export function ItemFieldsEditor({ path }: { path: FieldPath }) {
  const { control, register, getValues } = useBuilderForm();
  const setAt = useSetAt();
  const { loadedKeys } = useBuilderSettings();
  const errors = useBuilderErrors();
  const name = `${path}.itemFields` as const;
  const { fields, append, remove, swap, update } = useFieldArray({ control, name });
  const items = useWatch({ control, name });
  const requestFocus = useFocusRequest();
  const [newType, setNewType] = useState<ValueType>("short_text");
  const keys = (except?: number) => (getValues(name) ?? []).map((item) => item?.key ?? "").filter((_, i) => i !== except);

  const move = (index: number, to: number) => {
    swap(index, to);
    requestFocus(`${name}.${to}-${to === 0 ? "down" : to === fields.length - 1 ? "up" : index > to ? "up" : "down"}`);
  };

  return (
    <fieldset className="flex min-w-0 flex-col gap-3">
      <legend className="mb-1 text-sm font-semibold">Fields in each item</legend>
      <ol className="flex flex-col gap-3">
        {fields.map((item, index) => {
          const at = `${name}.${index}` as const;
          const current = items?.[index];
          const type: ValueType = current?.type ?? item.type;
          const title = quoted(current?.label, `item field ${index + 1}`);
          const labelRegistration = register(`${at}.label`);
          return (
            <li key={item.id}>
              <div role="group" aria-labelledby={`${at}-name`} className="flex flex-col gap-4 rounded-md border border-border bg-background/60 p-3">
              <div className="flex items-center justify-between gap-2">
                <span id={`${at}-name`} className="text-sm font-medium">
                  Item field {index + 1}
                </span>
                <div className="flex gap-0.5">
                  <IconButton id={`${at}-up`} label={`Move ${title} up`} disabled={index === 0} onClick={() => move(index, index - 1)}>
                    <ArrowUp aria-hidden />
                  </IconButton>
                  <IconButton id={`${at}-down`} label={`Move ${title} down`} disabled={index === fields.length - 1} onClick={() => move(index, index + 1)}>
                    <ArrowDown aria-hidden />
                  </IconButton>
                  <IconButton
                    label={`Remove ${title}`}
                    onClick={() => {
                      remove(index);
                      requestFocus(focusAfterRemoval(index, fields.length, (i) => `${name}.${i}.label`, `${name}-add`));
                    }}
                  >
                    <Trash2 aria-hidden />
                  </IconButton>
                </div>
              </div>
              <div className="grid gap-4 sm:grid-cols-2">
                <Field id={`${at}.type`} label="Type" error={messageAt(errors, `${at}.type`)}>
                  {(control) => (
                    <NativeSelect
                      {...control}
                      value={type}
                      onChange={(event) => {
                        const next = event.target.value as ValueType;
                        const value = getValues(at);
                        if (value) update(index, convertItemField(value, next));
                        requestFocus(`${at}.type`);
                      }}
                    >
                      {ITEM_FIELD_TYPES.map((option) => (
                        <option key={option} value={option}>
                          {FIELD_TYPE_NAMES[option]}
                        </option>
                      ))}
                    </NativeSelect>
                  )}
                </Field>
                <Field id={`${at}.key`} label="Key" help="Lower-case letters, digits and underscores." error={messageAt(errors, `${at}.key`)}>
                  {(control) => <Input {...control} autoComplete="off" spellCheck={false} className="font-mono text-sm" {...register(`${at}.key`)} />}
                </Field>
              </div>
              <Field id={`${at}.label`} label="Label" error={messageAt(errors, `${at}.label`)}>
                {(control) => (
                  <Input
                    {...control}
                    autoComplete="off"
                    {...labelRegistration}
                    onChange={(event) => {
                      const previousLabel = getValues(`${at}.label`) ?? "";
                      const previousKey = getValues(`${at}.key`) ?? "";
                      void labelRegistration.onChange(event);
                      if (loadedKeys.has(previousKey) || !keyFollowsText(previousKey, previousLabel, "field")) return;
                      const others = keys(index);
                      setAt(`${at}.key`, uniqueKey(keyFromText(event.target.value, placeholderKey("field", others)), others));
                    }}
                  />
                )}
              </Field>
              <Field id={`${at}.helpText`} label="Help text (optional)" error={messageAt(errors, `${at}.helpText`)}>
                {(control) => <TextArea {...control} rows={2} {...register(`${at}.helpText`)} />}
              </Field>
              <CheckboxField id={`${at}.required`} label="Required in every item" error={messageAt(errors, `${at}.required`)} registration={register(`${at}.required`)} />
              <ValueTypeOptions path={at} type={type} />
              <GroupError id={`${at}-error`} message={messageAt(errors, at)} />
              </div>
            </li>
          );
        })}
      </ol>
      <GroupError id={`${name}-error`} message={messageAt(errors, name)} />
      <div className="flex flex-col gap-2 sm:flex-row sm:items-end">
        <Field id={`${name}-new-type`} label="Type of item field to add" className="sm:w-64">
          {(control) => (
            <NativeSelect {...control} value={newType} onChange={(event) => setNewType(event.target.value as ValueType)}>
              {ITEM_FIELD_TYPES.map((option) => (
                <option key={option} value={option}>
                  {FIELD_TYPE_NAMES[option]}
                </option>
              ))}
            </NativeSelect>
          )}
        </Field>
        <Button
          id={`${name}-add`}
          variant="outline"
          disabled={fields.length >= MAX_ITEM_FIELDS}
          onClick={() => {
            append(blankItemField(newType, placeholderKey("field", keys())));
            requestFocus(`${name}.${fields.length}.label`);
          }}
        >
          <Plus aria-hidden /> Add item field
        </Button>
      </div>
    </fieldset>
  );
}
