"use client";

import { ArrowDown, ArrowUp, ChevronRight, Copy, Trash2 } from "lucide-react";
import { useState } from "react";
import { useFormState, useWatch } from "react-hook-form";
import { VISIBILITY_CLASSES, type VisibilityClass } from "@/db/schema/_shared/enums";
import { FIELD_TYPES, type FieldType } from "@/db/schema/exercises/field-types";
import { FIELD_TYPE_NAMES, VISIBILITY_DESCRIPTIONS, VISIBILITY_NAMES } from "../exercises/labels";
import { Field } from "../forms/field";
import { Badge } from "../ui/badge";
import { cn } from "../ui/cn";
import { Input } from "../ui/input";
import { NativeSelect } from "../ui/native-select";
import { ConditionEditor } from "./condition-editor";
import { CheckboxField, GroupError, IconButton, quoted, TextArea } from "./controls";
import { fieldKeysOf, keyFollowsText, keyFromText, placeholderKey, uniqueKey } from "./defaults";
import { flattenErrors, messageAt } from "./errors";
import { FieldTypeOptions } from "./field-type-options";
import { useRenameReferences } from "./references";
import { useBuilderForm, useBuilderSettings, useSetAt, type BuilderValues, type FieldPath } from "./types";

const VISIBILITY_TONES = { safety: "danger", counselor_only: "neutral", release_gated: "warning", shared: "success" } as const;

export interface FieldCardActions {
  onMove: (to: number) => void;
  onRemove: () => void;
  onDuplicate: () => void;
  onChangeType: (type: FieldType) => void;
}

interface FieldCardProps extends FieldCardActions {
  path: FieldPath;
  sectionIndex: number;
  fieldIndex: number;
  count: number;
  defaultExpanded: boolean;
}

/** The pair key input: empty means no pair (the key is left out of the definition). */
function PairKeyInput({ path, error }: { path: FieldPath; error: string | undefined }) {
  const { control } = useBuilderForm();
  const setAt = useSetAt();
  const pairKey = useWatch({ control, name: `${path}.pairKey` });
  return (
    <Field
      id={`${path}.pairKey`}
      label="Pair key (optional)"
      help="Give the matching hurt-partner and involved-partner questions the same pair key to compare them side by side."
      error={error}
    >
      {(control) => (
        <Input
          {...control}
          autoComplete="off"
          spellCheck={false}
          className="font-mono text-sm sm:max-w-xs"
          value={pairKey ?? ""}
          onChange={(event) => setAt(`${path}.pairKey`, event.target.value === "" ? undefined : event.target.value)}
        />
      )}
    </Field>
  );
}

/** One field of a section: a card that opens to its settings. */
export function FieldCard({ path, sectionIndex, fieldIndex, count, defaultExpanded, onMove, onRemove, onDuplicate, onChangeType }: FieldCardProps) {
  const { control, register, getValues } = useBuilderForm();
  const setAt = useSetAt();
  const renameReferences = useRenameReferences();
  const { loadedKeys } = useBuilderSettings();
  const { errors } = useFormState<BuilderValues>({ control });
  const field = useWatch({ control, name: path });
  const [open, setOpen] = useState(defaultExpanded);

  // A card opens by itself when new problems are found inside it, so the message shows.
  const problems = flattenErrors(errors.sections?.[sectionIndex]?.fields?.[fieldIndex], path);
  const signature = problems.map((problem) => `${problem.path}:${problem.message}`).join("|");
  const [seenSignature, setSeenSignature] = useState(signature);
  if (signature !== seenSignature) {
    setSeenSignature(signature);
    if (signature !== "" && !open) setOpen(true);
  }

  const type: FieldType = field?.type ?? "short_text";
  const visibility: VisibilityClass = field?.visibility ?? "counselor_only";
  const title = quoted(field?.label, `field ${fieldIndex + 1}`);
  const labelRegistration = register(`${path}.label`);
  const keyRegistration = register(`${path}.key`);
  const visibilityRegistration = register(`${path}.visibility`);
  const error = (suffix: string) => messageAt(errors, `${path}.${suffix}`);

  return (
    <li className={cn("rounded-lg border bg-surface", problems.length > 0 ? "border-destructive/50" : "border-border")}>
      <div className="flex flex-wrap items-center gap-2 p-2 sm:p-3">
        <button
          id={`${path}-toggle`}
          type="button"
          aria-expanded={open}
          aria-controls={`${path}-body`}
          onClick={() => setOpen((value) => !value)}
          className="flex min-w-0 flex-1 basis-60 items-start gap-2 rounded-md p-1 text-left hover:bg-muted/60"
        >
          <ChevronRight aria-hidden className={cn("mt-0.5 size-4 shrink-0 text-muted-foreground transition-transform", open && "rotate-90")} />
          <span className="flex min-w-0 flex-col gap-1.5">
            <span className={cn("break-words font-medium", !field?.label?.trim() && "italic text-muted-foreground")}>{field?.label?.trim() || "Untitled field"}</span>
            <span className="flex flex-wrap items-center gap-1.5">
              <Badge tone="primary">{FIELD_TYPE_NAMES[type]}</Badge>
              <Badge tone={VISIBILITY_TONES[visibility]}>{VISIBILITY_NAMES[visibility]}</Badge>
              {field?.required ? <Badge>Required</Badge> : null}
              {field?.showWhen ? <Badge>Conditional</Badge> : null}
              {problems.length > 0 ? <Badge tone="danger">{problems.length === 1 ? "1 problem" : `${problems.length} problems`}</Badge> : null}
            </span>
          </span>
        </button>
        <div className="ml-auto flex gap-0.5">
          <IconButton id={`${path}-up`} label={`Move ${title} up`} disabled={fieldIndex === 0} onClick={() => onMove(fieldIndex - 1)}>
            <ArrowUp aria-hidden />
          </IconButton>
          <IconButton id={`${path}-down`} label={`Move ${title} down`} disabled={fieldIndex === count - 1} onClick={() => onMove(fieldIndex + 1)}>
            <ArrowDown aria-hidden />
          </IconButton>
          <IconButton label={`Duplicate ${title}`} onClick={onDuplicate}>
            <Copy aria-hidden />
          </IconButton>
          <IconButton label={`Remove ${title}`} onClick={onRemove} className="hover:text-destructive">
            <Trash2 aria-hidden />
          </IconButton>
        </div>
      </div>

      <div id={`${path}-body`} hidden={!open} className="flex flex-col gap-5 border-t border-border p-3 sm:p-5">
        <GroupError id={`${path}-error`} message={messageAt(errors, path)} />
        <div className="grid gap-4 sm:grid-cols-2">
          <Field id={`${path}.type`} label="Type" error={error("type")}>
            {(control) => (
              <NativeSelect {...control} value={type} onChange={(event) => onChangeType(event.target.value as FieldType)}>
                {FIELD_TYPES.map((option) => (
                  <option key={option} value={option}>
                    {FIELD_TYPE_NAMES[option]}
                  </option>
                ))}
              </NativeSelect>
            )}
          </Field>
          <Field id={`${path}.key`} label="Key" help="Names the answer in conditions, scores and exports." error={error("key")}>
            {(control) => (
              <Input
                {...control}
                autoComplete="off"
                spellCheck={false}
                className="font-mono text-sm"
                {...keyRegistration}
                onChange={(event) => {
                  const previous = getValues(`${path}.key`) ?? "";
                  void keyRegistration.onChange(event);
                  renameReferences(previous, event.target.value);
                }}
              />
            )}
          </Field>
        </div>
        <Field id={`${path}.label`} label="Label" help="The question or prompt, as partners read it." error={error("label")}>
          {(control) => (
            <Input
              {...control}
              autoComplete="off"
              {...labelRegistration}
              onChange={(event) => {
                const previousLabel = getValues(`${path}.label`) ?? "";
                const previousKey = getValues(`${path}.key`) ?? "";
                void labelRegistration.onChange(event);
                if (loadedKeys.has(previousKey) || !keyFollowsText(previousKey, previousLabel, "field")) return;
                const others = fieldKeysOf(getValues("sections")).filter((key) => key !== previousKey);
                const next = uniqueKey(keyFromText(event.target.value, placeholderKey("field", others)), others);
                if (next === previousKey) return;
                setAt(`${path}.key`, next);
                renameReferences(previousKey, next);
              }}
            />
          )}
        </Field>
        <Field id={`${path}.helpText`} label="Help text (optional)" help="A line under the question, e.g. an example or a reassurance." error={error("helpText")}>
          {(control) => <TextArea {...control} rows={2} {...register(`${path}.helpText`)} />}
        </Field>
        <CheckboxField id={`${path}.required`} label="Required" help="Partners can save a draft without it, but not submit." error={error("required")} registration={register(`${path}.required`)} />

        <fieldset className="flex min-w-0 flex-col gap-4 rounded-md border border-border p-3 sm:p-4">
          <legend className="px-1 text-sm font-semibold">Who reads the answer</legend>
          <Field id={`${path}.visibility`} label="Visibility" help={VISIBILITY_DESCRIPTIONS[visibility]} error={error("visibility")}>
            {(control) => (
              <NativeSelect
                {...control}
                {...visibilityRegistration}
                onChange={(event) => {
                  void visibilityRegistration.onChange(event);
                  if (event.target.value !== "shared") setAt(`${path}.pairedReveal`, false);
                }}
              >
                {VISIBILITY_CLASSES.map((option) => (
                  <option key={option} value={option}>
                    {VISIBILITY_NAMES[option]}
                  </option>
                ))}
              </NativeSelect>
            )}
          </Field>
          <PairKeyInput path={path} error={error("pairKey")} />
          <CheckboxField
            id={`${path}.pairedReveal`}
            label="Paired reveal"
            help={
              visibility === "shared"
                ? "Each partner sees the other's answer only after submitting their own for the same day. Needs a pair key."
                : "Available for shared answers with a pair key."
            }
            disabled={visibility !== "shared" && !field?.pairedReveal}
            error={error("pairedReveal")}
            registration={register(`${path}.pairedReveal`)}
          />
        </fieldset>

        <fieldset className="flex min-w-0 flex-col gap-4 rounded-md border border-border p-3 sm:p-4">
          <legend className="px-1 text-sm font-semibold">Answer settings</legend>
          <FieldTypeOptions path={path} type={type} />
        </fieldset>

        <ConditionEditor path={path} sectionIndex={sectionIndex} fieldIndex={fieldIndex} />
      </div>
    </li>
  );
}
