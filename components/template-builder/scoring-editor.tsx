"use client";

import { Plus, Trash2 } from "lucide-react";
import { useFieldArray, useWatch } from "react-hook-form";
import { SCORE_METHODS } from "@/db/schema/exercises/scoring-schema";
import { scoreRange, type TTemplateField } from "@/db/schema/exercises/field-types";
import { FIELD_TYPE_NAMES } from "../exercises/labels";
import { Field } from "../forms/field";
import { Button } from "../ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "../ui/card";
import { Input } from "../ui/input";
import { NativeSelect } from "../ui/native-select";
import { CheckboxField, focusAfterRemoval, GroupError, IconButton, NumberField, quoted, useBuilderErrors, useFocusRequest } from "./controls";
import { keyFollowsText, keyFromText, placeholderKey, uniqueKey } from "./defaults";
import { messageAt } from "./errors";
import { useBuilderForm, useBuilderSettings, useSetAt, type BuilderValues, type FieldInput, type ScorePath } from "./types";

const SCORABLE = new Set(["scale_0_10", "likert_5", "likert_7", "yes_no", "number", "single_select"]);
const METHOD_NAMES = { sum: "Sum of the answers", mean: "Average of the answers" } as const;

interface ScorableField {
  key: string;
  label: string;
  field: FieldInput;
}

function useScorableFields(): ScorableField[] {
  const { control } = useBuilderForm();
  const sections = useWatch({ control, name: "sections" });
  return (sections ?? []).flatMap((section) =>
    (section?.fields ?? [])
      .filter((field): field is FieldInput => Boolean(field?.key) && SCORABLE.has(field?.type ?? ""))
      .map((field) => ({ key: field.key, label: field.label?.trim() || field.key, field })),
  );
}

/** The range the chosen items produce, when every item can be scored. */
function possibleRange(items: { field?: string }[] | undefined, scorable: ScorableField[], method: string | undefined) {
  if (!items?.length) return undefined;
  let low = 0;
  let high = 0;
  for (const item of items) {
    const target = scorable.find((candidate) => candidate.key === item.field);
    const range = target ? scoreRange(target.field as TTemplateField) : undefined;
    if (!range) return undefined;
    low += range.min;
    high += range.max;
  }
  if (method === "mean") {
    low /= items.length;
    high /= items.length;
  }
  const round = (value: number) => Math.round(value * 1000) / 1000;
  return { min: round(low), max: round(high) };
}

function ScoreItems({ path, scorable }: { path: ScorePath; scorable: ScorableField[] }) {
  const { control, register } = useBuilderForm();
  const setAt = useSetAt();
  const errors = useBuilderErrors();
  const name = `${path}.items` as const;
  const { fields, append, remove } = useFieldArray({ control, name });
  const items = useWatch({ control, name });
  const requestFocus = useFocusRequest();
  const unused = scorable.filter((candidate) => !(items ?? []).some((item) => item?.field === candidate.key));

  return (
    <fieldset className="flex min-w-0 flex-col gap-3">
      <legend className="mb-1 text-sm font-semibold">Fields counted</legend>
      {scorable.length === 0 ? (
        <p className="text-sm text-muted-foreground">Add a 0–10 scale, agree scale, yes/no, number or single-choice question with option scores first.</p>
      ) : null}
      <ol className="flex flex-col gap-2">
        {fields.map((item, index) => {
          const at = `${name}.${index}` as const;
          const key = items?.[index]?.field ?? "";
          const known = scorable.find((candidate) => candidate.key === key);
          return (
            <li key={item.id} className="flex flex-col gap-2 rounded-md border border-border bg-background/60 p-3 sm:flex-row sm:items-start sm:gap-4">
              <Field id={`${at}.field`} label={`Field ${index + 1}`} error={messageAt(errors, `${at}.field`)} className="min-w-0 flex-1">
                {(control) => (
                  <NativeSelect {...control} value={key} onChange={(event) => setAt(`${at}.field`, event.target.value)}>
                    {known || !key ? null : <option value={key}>{key} (not a scorable field)</option>}
                    {key ? null : <option value="">Choose…</option>}
                    {scorable.map((candidate) => (
                      <option key={candidate.key} value={candidate.key}>
                        {candidate.label} · {FIELD_TYPE_NAMES[candidate.field.type]}
                      </option>
                    ))}
                  </NativeSelect>
                )}
              </Field>
              <div className="flex items-center justify-between gap-3 sm:pt-7">
                <CheckboxField id={`${at}.reverse`} label="Reverse-scored" error={messageAt(errors, `${at}.reverse`)} registration={register(`${at}.reverse`)} />
                <IconButton
                  label={`Remove ${quoted(known?.label, `field ${index + 1}`)} from this score`}
                  onClick={() => {
                    remove(index);
                    requestFocus(focusAfterRemoval(index, fields.length, (i) => `${name}.${i}.field`, `${name}-add`));
                  }}
                >
                  <Trash2 aria-hidden />
                </IconButton>
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
          disabled={unused.length === 0}
          onClick={() => {
            const next = unused[0];
            if (!next) return;
            append({ field: next.key, reverse: false });
            requestFocus(`${name}.${fields.length}.field`);
          }}
        >
          <Plus aria-hidden /> Count another field
        </Button>
      </div>
    </fieldset>
  );
}

function ReferenceLines({ path }: { path: ScorePath }) {
  const { control, register } = useBuilderForm();
  const errors = useBuilderErrors();
  const name = `${path}.referenceLines` as const;
  const { fields, append, remove } = useFieldArray({ control, name });
  const requestFocus = useFocusRequest();
  return (
    <fieldset className="flex min-w-0 flex-col gap-3">
      <legend className="mb-1 text-sm font-semibold">Reference lines (optional)</legend>
      <p className="text-sm text-muted-foreground">Drawn on your charts only, e.g. a published cut-off. Partners never see them.</p>
      <ol className="flex flex-col gap-2">
        {fields.map((line, index) => {
          const at = `${name}.${index}` as const;
          return (
            <li key={line.id} role="group" aria-label={`Reference line ${index + 1}`} className="flex flex-col gap-3 rounded-md border border-border bg-background/60 p-3 sm:flex-row sm:items-start">
              <NumberField name={`${at}.value`} label="At score" decimal />
              <Field id={`${at}.label`} label="Label" error={messageAt(errors, `${at}.label`)} className="min-w-0 flex-1">
                {(control) => <Input {...control} autoComplete="off" {...register(`${at}.label`)} />}
              </Field>
              <IconButton
                className="self-end sm:mt-7 sm:self-start"
                label={`Remove reference line ${index + 1}`}
                onClick={() => {
                  remove(index);
                  requestFocus(`${name}-add`);
                }}
              >
                <Trash2 aria-hidden />
              </IconButton>
              <GroupError id={`${at}-error`} message={messageAt(errors, at)} />
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
          disabled={fields.length >= 10}
          onClick={() => {
            append({ value: undefined as unknown as number, label: "" });
            requestFocus(`${name}.${fields.length}.value`);
          }}
        >
          <Plus aria-hidden /> Add reference line
        </Button>
      </div>
    </fieldset>
  );
}

function Bands({ path }: { path: ScorePath }) {
  const { control, register } = useBuilderForm();
  const errors = useBuilderErrors();
  const name = `${path}.bands` as const;
  const { fields, append, remove } = useFieldArray({ control, name });
  const requestFocus = useFocusRequest();
  return (
    <fieldset className="flex min-w-0 flex-col gap-3">
      <legend className="mb-1 text-sm font-semibold">Bands (optional)</legend>
      <p className="text-sm text-muted-foreground">Named ranges for reading a score, e.g. “typical” and “distressed”. For your charts only.</p>
      <ol className="flex flex-col gap-2">
        {fields.map((band, index) => {
          const at = `${name}.${index}` as const;
          return (
            <li key={band.id} role="group" aria-label={`Band ${index + 1}`} className="flex flex-col gap-3 rounded-md border border-border bg-background/60 p-3">
              <div className="flex flex-col gap-3 sm:flex-row sm:items-start">
                <NumberField name={`${at}.from`} label="From" decimal />
                <NumberField name={`${at}.to`} label="To" decimal />
                <Field id={`${at}.label`} label="Label" error={messageAt(errors, `${at}.label`)} className="min-w-0 flex-1">
                  {(control) => <Input {...control} autoComplete="off" {...register(`${at}.label`)} />}
                </Field>
                <IconButton
                  className="self-end sm:mt-7 sm:self-start"
                  label={`Remove band ${index + 1}`}
                  onClick={() => {
                    remove(index);
                    requestFocus(`${name}-add`);
                  }}
                >
                  <Trash2 aria-hidden />
                </IconButton>
              </div>
              <GroupError id={`${at}-error`} message={messageAt(errors, at)} />
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
          disabled={fields.length >= 10}
          onClick={() => {
            append({ from: undefined as unknown as number, to: undefined as unknown as number, label: "" });
            requestFocus(`${name}.${fields.length}.from`);
          }}
        >
          <Plus aria-hidden /> Add band
        </Button>
      </div>
    </fieldset>
  );
}

function ScoreEditor({ index, scorable, onRemove }: { index: number; scorable: ScorableField[]; onRemove: () => void }) {
  const { control, register, getValues } = useBuilderForm();
  const setAt = useSetAt();
  const { loadedKeys } = useBuilderSettings();
  const errors = useBuilderErrors();
  const path = `scoring.scores.${index}` as const;
  const score = useWatch({ control, name: path });
  const range = possibleRange(score?.items, scorable, score?.method);
  const name = quoted(score?.label, `score ${index + 1}`);
  const labelRegistration = register(`${path}.label`);
  const hasRange = score?.range !== undefined && score.range !== null;

  return (
    <li>
      <div role="group" aria-labelledby={`${path}-heading`} className="flex flex-col gap-5 rounded-lg border border-border p-4 sm:p-5">
      <div className="flex items-center justify-between gap-2">
        <h3 id={`${path}-heading`} className="min-w-0 break-words text-sm font-semibold">
          Score {index + 1}
          {score?.label?.trim() ? `: ${score.label.trim()}` : ""}
        </h3>
        <IconButton id={`${path}-remove`} label={`Remove score ${name}`} className="hover:text-destructive" onClick={onRemove}>
          <Trash2 aria-hidden />
        </IconButton>
      </div>
      <GroupError id={`${path}-error`} message={messageAt(errors, path)} />
      <div className="grid gap-4 sm:grid-cols-2">
        <Field id={`${path}.label`} label="Score name" help="As it appears on your charts, e.g. Trust." error={messageAt(errors, `${path}.label`)}>
          {(control) => (
            <Input
              {...control}
              autoComplete="off"
              {...labelRegistration}
              onChange={(event) => {
                const previousLabel = getValues(`${path}.label`) ?? "";
                const previousKey = getValues(`${path}.key`) ?? "";
                void labelRegistration.onChange(event);
                if (loadedKeys.has(previousKey) || !keyFollowsText(previousKey, previousLabel, "score")) return;
                const others = (getValues("scoring.scores") ?? []).map((item) => item?.key ?? "").filter((_, i) => i !== index);
                setAt(`${path}.key`, uniqueKey(keyFromText(event.target.value, placeholderKey("score", others)), others));
              }}
            />
          )}
        </Field>
        <Field id={`${path}.key`} label="Score key" error={messageAt(errors, `${path}.key`)}>
          {(control) => <Input {...control} autoComplete="off" spellCheck={false} className="font-mono text-sm" {...register(`${path}.key`)} />}
        </Field>
        <Field id={`${path}.method`} label="How it is worked out" error={messageAt(errors, `${path}.method`)}>
          {(control) => (
            <NativeSelect {...control} {...register(`${path}.method`)}>
              {SCORE_METHODS.map((method) => (
                <option key={method} value={method}>
                  {METHOD_NAMES[method]}
                </option>
              ))}
            </NativeSelect>
          )}
        </Field>
        <div className="sm:pt-7">
          <CheckboxField
            id={`${path}.higherIsBetter`}
            label="Higher is better"
            help="Sets the direction of trend arrows."
            error={messageAt(errors, `${path}.higherIsBetter`)}
            registration={register(`${path}.higherIsBetter`)}
          />
        </div>
      </div>
      <ScoreItems path={path} scorable={scorable} />
      <p className="text-sm text-muted-foreground" aria-live="polite">
        {range ? `Scores run from ${range.min} to ${range.max}.` : "The possible range shows once every counted question can be scored."}
      </p>
      <div className="flex flex-col gap-3">
        <div className="flex items-start gap-2.5">
          <input
            id={`${path}.range-check`}
            type="checkbox"
            className="mt-0.5 size-4 accent-primary"
            checked={hasRange}
            onChange={(event) => setAt(`${path}.range`, event.target.checked ? { min: range?.min ?? 0, max: range?.max ?? 0 } : undefined)}
          />
          <label htmlFor={`${path}.range-check`} className="text-sm font-medium">
            Check against a published range
          </label>
        </div>
        {hasRange ? (
          <div className="flex flex-col gap-3 sm:flex-row">
            <NumberField name={`${path}.range.min`} label="Lowest score" decimal />
            <NumberField name={`${path}.range.max`} label="Highest score" decimal />
          </div>
        ) : null}
        <GroupError id={`${path}.range-error`} message={messageAt(errors, `${path}.range`)} />
      </div>
      <ReferenceLines path={path} />
      <Bands path={path} />
      </div>
    </li>
  );
}

/** Scores for a measure: optional, and for the counselor only. */
export function ScoringCard() {
  const { control, getValues } = useBuilderForm();
  const setAt = useSetAt();
  const errors = useBuilderErrors();
  const scoring = useWatch({ control, name: "scoring" });
  const scorable = useScorableFields();
  const requestFocus = useFocusRequest();

  const blankScore = (taken: string[]): NonNullable<BuilderValues["scoring"]>["scores"][number] => ({
    key: placeholderKey("score", taken),
    label: "",
    method: "sum",
    items: scorable[0] ? [{ field: scorable[0].key, reverse: false }] : [],
    higherIsBetter: true,
    referenceLines: [],
    bands: [],
  });

  return (
    <Card aria-labelledby="scoring-title">
      <CardHeader>
        <CardTitle id="scoring-title">Scoring (optional)</CardTitle>
        <CardDescription>Turn answers into scores you can chart over time, such as a total and its subscales. Partners never see scores.</CardDescription>
      </CardHeader>
      <CardContent className="flex flex-col gap-4">
        <GroupError id="scoring-error" message={messageAt(errors, "scoring")} />
        {scoring ? (
          <ScoresList
            scorable={scorable}
            onAdd={(append, count) => {
              append(blankScore((getValues("scoring.scores") ?? []).map((score) => score?.key ?? "")));
              requestFocus(`scoring.scores.${count}.label`);
            }}
            onRemoveAll={() => {
              setAt("scoring", undefined);
              requestFocus("scoring-add");
            }}
          />
        ) : (
          <div>
            <Button
              id="scoring-add"
              variant="outline"
              onClick={() => {
                setAt("scoring", { scores: [blankScore([])] });
                requestFocus("scoring.scores.0.label");
              }}
            >
              <Plus aria-hidden /> Add a score
            </Button>
          </div>
        )}
      </CardContent>
    </Card>
  );
}

type AppendScore = (score: NonNullable<BuilderValues["scoring"]>["scores"][number]) => void;

function ScoresList({ scorable, onAdd, onRemoveAll }: { scorable: ScorableField[]; onAdd: (append: AppendScore, count: number) => void; onRemoveAll: () => void }) {
  const { control } = useBuilderForm();
  const errors = useBuilderErrors();
  const { fields, append, remove } = useFieldArray({ control, name: "scoring.scores" });
  const requestFocus = useFocusRequest();
  return (
    <>
      <ol className="flex flex-col gap-4">
        {fields.map((score, index) => (
          <ScoreEditor
            key={score.id}
            index={index}
            scorable={scorable}
            onRemove={() => {
              if (fields.length === 1) return onRemoveAll();
              remove(index);
              requestFocus(`scoring.scores.${Math.min(index, fields.length - 2)}.label`);
            }}
          />
        ))}
      </ol>
      <GroupError id="scoring.scores-error" message={messageAt(errors, "scoring.scores")} />
      <div className="flex flex-wrap gap-2">
        <Button variant="outline" size="sm" disabled={fields.length >= 20} onClick={() => onAdd((score) => append(score), fields.length)}>
          <Plus aria-hidden /> Add another score
        </Button>
        <Button variant="ghost" size="sm" onClick={onRemoveAll}>
          Remove scoring
        </Button>
      </div>
    </>
  );
}
