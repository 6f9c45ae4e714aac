"use client";

import { ArrowDown, ArrowUp, Plus, Trash2 } from "lucide-react";
import { useState } from "react";
import { useFieldArray, useWatch } from "react-hook-form";
import { SECTION_AUDIENCES } from "@/db/schema/exercises/definition";
import { FIELD_TYPES, type FieldType } from "@/db/schema/exercises/field-types";
import { FIELD_TYPE_NAMES, SECTION_AUDIENCE_NAMES } from "../exercises/labels";
import { Field } from "../forms/field";
import { Button } from "../ui/button";
import { Card } from "../ui/card";
import { Input } from "../ui/input";
import { NativeSelect } from "../ui/native-select";
import { focusAfterRemoval, GroupError, IconButton, quoted, TextArea, useBuilderErrors, useFocusRequest } from "./controls";
import { blankField, convertField, defaultVisibility, duplicateOf, fieldKeysOf, keyFollowsText, keyFromText, placeholderKey, uniqueKey } from "./defaults";
import { messageAt } from "./errors";
import { FieldCard } from "./field-editor";
import { useBuilderForm, useBuilderSettings, useSetAt } from "./types";

interface SectionEditorProps {
  index: number;
  count: number;
  onMove: (to: number) => void;
  onRemove: () => void;
}

/** A section: its title, who fills it in, and its fields. */
export function SectionEditor({ index, count, onMove, onRemove }: SectionEditorProps) {
  const { control, register, getValues } = useBuilderForm();
  const setAt = useSetAt();
  const { loadedKeys, collapseLoadedFields } = useBuilderSettings();
  const errors = useBuilderErrors();
  const path = `sections.${index}` as const;
  const { fields, append, remove, swap, insert, update } = useFieldArray({ control, name: `${path}.fields` });
  const title = useWatch({ control, name: `${path}.title` });
  const requestFocus = useFocusRequest();
  const [newType, setNewType] = useState<FieldType>("short_text");
  const [confirmingRemove, setConfirmingRemove] = useState(false);
  // Fields of a loaded exercise start collapsed; anything added here starts open.
  const [loadedIds] = useState(() => new Set(collapseLoadedFields ? fields.map((field) => field.id) : []));
  const name = quoted(title, String(index + 1));
  const titleRegistration = register(`${path}.title`);
  const allKeys = () => fieldKeysOf(getValues("sections"));

  const addField = () => {
    append(blankField(newType, placeholderKey("field", allKeys()), defaultVisibility(getValues("audience"))));
    requestFocus(`${path}.fields.${fields.length}.label`);
  };

  return (
    <Card aria-labelledby={`${path}-heading`} className="flex flex-col">
      <div className="flex flex-wrap items-center gap-2 border-b border-border px-4 py-3 sm:px-6">
        <h2 id={`${path}-heading`} className="min-w-0 flex-1 basis-48 break-words text-base font-semibold">
          <span className="text-muted-foreground">Section {index + 1}</span>
          {title?.trim() ? <span>: {title.trim()}</span> : null}
        </h2>
        <div className="flex gap-0.5">
          <IconButton id={`${path}-up`} label={`Move section ${name} up`} disabled={index === 0} onClick={() => onMove(index - 1)}>
            <ArrowUp aria-hidden />
          </IconButton>
          <IconButton id={`${path}-down`} label={`Move section ${name} down`} disabled={index === count - 1} onClick={() => onMove(index + 1)}>
            <ArrowDown aria-hidden />
          </IconButton>
          <IconButton
            id={`${path}-remove`}
            label={`Remove section ${name}`}
            className="hover:text-destructive"
            onClick={() => {
              if (fields.length === 0) onRemove();
              else {
                setConfirmingRemove(true);
                requestFocus(`${path}-confirm-remove`);
              }
            }}
          >
            <Trash2 aria-hidden />
          </IconButton>
        </div>
      </div>

      {confirmingRemove ? (
        <div role="group" aria-labelledby={`${path}-confirm-text`} className="mx-4 mt-5 flex flex-col gap-3 rounded-md border border-destructive/30 bg-destructive-soft p-4 sm:mx-6">
          <p id={`${path}-confirm-text`} className="text-sm">
            Remove section {name} and its {fields.length === 1 ? "field" : `${fields.length} fields`}? This can&apos;t be undone here, but nothing is saved until you save the exercise.
          </p>
          <div className="flex flex-wrap gap-2">
            <Button id={`${path}-confirm-remove`} variant="destructive" size="sm" onClick={onRemove}>
              Remove section
            </Button>
            <Button
              variant="outline"
              size="sm"
              onClick={() => {
                setConfirmingRemove(false);
                requestFocus(`${path}-remove`);
              }}
            >
              Keep it
            </Button>
          </div>
        </div>
      ) : null}

      <div className="flex flex-col gap-5 p-4 sm:p-6">
        <GroupError id={`${path}-error`} message={messageAt(errors, path)} />
        <div className="grid gap-4 sm:grid-cols-[minmax(0,2fr)_minmax(0,1fr)]">
          <Field id={`${path}.title`} label="Section title" error={messageAt(errors, `${path}.title`)}>
            {(control) => (
              <Input
                {...control}
                autoComplete="off"
                {...titleRegistration}
                onChange={(event) => {
                  const previousTitle = getValues(`${path}.title`) ?? "";
                  const previousKey = getValues(`${path}.key`) ?? "";
                  void titleRegistration.onChange(event);
                  if (loadedKeys.has(previousKey) || !keyFollowsText(previousKey, previousTitle, "section")) return;
                  const others = (getValues("sections") ?? []).map((section) => section?.key ?? "").filter((_, i) => i !== index);
                  setAt(`${path}.key`, uniqueKey(keyFromText(event.target.value, placeholderKey("section", others)), others));
                }}
              />
            )}
          </Field>
          <Field id={`${path}.for`} label="Who fills this in" error={messageAt(errors, `${path}.for`)}>
            {(control) => (
              <NativeSelect {...control} {...register(`${path}.for`)}>
                {SECTION_AUDIENCES.map((audience) => (
                  <option key={audience} value={audience}>
                    {SECTION_AUDIENCE_NAMES[audience]}
                  </option>
                ))}
              </NativeSelect>
            )}
          </Field>
        </div>
        <Field id={`${path}.intro`} label="Introduction (optional)" help="A few words shown above this section's questions." error={messageAt(errors, `${path}.intro`)}>
          {(control) => <TextArea {...control} rows={2} {...register(`${path}.intro`)} />}
        </Field>
        <Field id={`${path}.key`} label="Section key" help="Lower-case letters, digits and underscores; unique in the exercise." error={messageAt(errors, `${path}.key`)} className="sm:max-w-xs">
          {(control) => <Input {...control} autoComplete="off" spellCheck={false} className="font-mono text-sm" {...register(`${path}.key`)} />}
        </Field>

        <div className="flex flex-col gap-3">
          <h3 className="text-sm font-semibold">Fields</h3>
          {fields.length === 0 ? <p className="text-sm text-muted-foreground">No fields yet. Choose a type below and add the first one.</p> : null}
          <ol className="flex flex-col gap-3" aria-label={`Fields in section ${index + 1}`}>
            {fields.map((field, fieldIndex) => {
              const fieldPath = `${path}.fields.${fieldIndex}` as const;
              return (
                <FieldCard
                  key={field.id}
                  path={fieldPath}
                  sectionIndex={index}
                  fieldIndex={fieldIndex}
                  count={fields.length}
                  defaultExpanded={!loadedIds.has(field.id)}
                  onMove={(to) => {
                    swap(fieldIndex, to);
                    const edge = to === 0 ? "down" : to === fields.length - 1 ? "up" : to < fieldIndex ? "up" : "down";
                    requestFocus(`${path}.fields.${to}-${edge}`);
                  }}
                  onRemove={() => {
                    remove(fieldIndex);
                    requestFocus(focusAfterRemoval(fieldIndex, fields.length, (i) => `${path}.fields.${i}-toggle`, `${path}-new-type`));
                  }}
                  onDuplicate={() => {
                    const value = getValues(fieldPath);
                    if (!value) return;
                    insert(fieldIndex + 1, duplicateOf(value, uniqueKey(value.key || "field", allKeys())));
                    requestFocus(`${path}.fields.${fieldIndex + 1}.label`);
                  }}
                  onChangeType={(type) => {
                    const value = getValues(fieldPath);
                    if (!value || value.type === type) return;
                    update(fieldIndex, convertField(value, type));
                    requestFocus(`${fieldPath}.type`);
                  }}
                />
              );
            })}
          </ol>
          <GroupError id={`${path}.fields-error`} message={messageAt(errors, `${path}.fields`)} />
        </div>

        <div className="flex flex-col gap-2 rounded-md border border-dashed border-input p-3 sm:flex-row sm:items-end">
          <Field id={`${path}-new-type`} label="Type of field to add" className="sm:w-64">
            {(control) => (
              <NativeSelect {...control} value={newType} onChange={(event) => setNewType(event.target.value as FieldType)}>
                {FIELD_TYPES.map((type) => (
                  <option key={type} value={type}>
                    {FIELD_TYPE_NAMES[type]}
                  </option>
                ))}
              </NativeSelect>
            )}
          </Field>
          <Button variant="outline" onClick={addField}>
            <Plus aria-hidden /> Add field
          </Button>
        </div>
      </div>
    </Card>
  );
}
