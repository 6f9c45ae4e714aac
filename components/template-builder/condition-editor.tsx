"use client";

import { useWatch } from "react-hook-form";
import { isListField } from "@/db/schema/exercises/field-types";
import { FIELD_TYPE_NAMES } from "../exercises/labels";
import { Field } from "../forms/field";
import { Input } from "../ui/input";
import { NativeSelect } from "../ui/native-select";
import { useBuilderErrors } from "./controls";
import { messageAt } from "./errors";
import { useBuilderForm, useSetAt, type FieldInput, type FieldPath } from "./types";

interface Candidate {
  key: string;
  label: string;
  field: FieldInput;
}

/** Earlier questions the same partner answers that hold a single answer. */
function candidatesFor(sections: { for?: string; fields?: (FieldInput | undefined)[] }[] | undefined, sectionIndex: number, fieldIndex: number): Candidate[] {
  const mine = sections?.[sectionIndex]?.for ?? "everyone";
  const found: Candidate[] = [];
  (sections ?? []).forEach((section, si) => {
    if (si > sectionIndex) return;
    const audience = section.for ?? "everyone";
    if (audience !== "everyone" && audience !== mine) return;
    (section.fields ?? []).forEach((field, fi) => {
      if (!field || (si === sectionIndex && fi >= fieldIndex)) return;
      if (field.type === "long_text" || isListField(field as Parameters<typeof isListField>[0]) || !field.key) return;
      found.push({ key: field.key, label: field.label?.trim() || field.key, field });
    });
  });
  return found;
}

function parseEquals(field: FieldInput | undefined, raw: string): string | number | boolean | undefined {
  if (raw === "") return undefined;
  const type = field?.type;
  if (type === "yes_no" || type === "acknowledgement") return raw === "true";
  if (type === "scale_0_10" || type === "likert_5" || type === "likert_7" || type === "number") return Number(raw);
  return raw;
}

function EqualsInput({ path, target }: { path: FieldPath; target: FieldInput | undefined }) {
  const { control } = useBuilderForm();
  const setAt = useSetAt();
  const errors = useBuilderErrors();
  const equals: unknown = useWatch({ control, name: `${path}.showWhen.equals` });
  const id = `${path}.showWhen.equals` as const;
  const value = typeof equals === "string" || typeof equals === "number" || typeof equals === "boolean" ? String(equals) : "";
  const onChange = (raw: string) => setAt(id, parseEquals(target, raw));
  const error = messageAt(errors, id);
  const help = "Leave as “any answer” to show it whenever the earlier question is answered.";
  const type = target?.type;

  if (type === "acknowledgement") return null;
  if (type === "yes_no" || type === "single_select" || type === "checklist") {
    const choices =
      type === "yes_no"
        ? [
            { value: "true", label: "Yes" },
            { value: "false", label: "No" },
          ]
        : (target?.type === "single_select" || target?.type === "checklist" ? target.options : []).map((option) => ({ value: option.value, label: option.label || option.value }));
    const known = value === "" || choices.some((choice) => choice.value === value);
    return (
      <Field id={id} label={type === "checklist" ? "When this option is ticked" : "When the answer is"} help={help} error={error}>
        {(control) => (
          <NativeSelect {...control} value={value} onChange={(event) => onChange(event.target.value)}>
            <option value="">Any answer</option>
            {choices.map((choice) => (
              <option key={choice.value} value={choice.value}>
                {choice.label}
              </option>
            ))}
            {known ? null : <option value={value}>{value} (no longer an option)</option>}
          </NativeSelect>
        )}
      </Field>
    );
  }
  const numeric = type === "scale_0_10" || type === "likert_5" || type === "likert_7" || type === "number";
  return (
    <Field id={id} label="When the answer is (optional)" help={numeric ? "Leave empty for any answer." : "Leave empty for any answer; otherwise the exact text."} error={error}>
      {(control) => (
        <Input
          {...control}
          type={numeric ? "number" : type === "date" ? "date" : "text"}
          step={numeric ? "any" : undefined}
          className="sm:max-w-xs"
          autoComplete="off"
          value={value}
          onChange={(event) => onChange(event.target.value)}
        />
      )}
    </Field>
  );
}

/** “Show this question only once an earlier one is answered (with a given answer).” */
export function ConditionEditor({ path, sectionIndex, fieldIndex }: { path: FieldPath; sectionIndex: number; fieldIndex: number }) {
  const { control } = useBuilderForm();
  const setAt = useSetAt();
  const errors = useBuilderErrors();
  const sections = useWatch({ control, name: "sections" });
  const showWhen = useWatch({ control, name: `${path}.showWhen` });
  const candidates = candidatesFor(sections, sectionIndex, fieldIndex);
  const enabled = showWhen !== undefined && showWhen !== null;
  const target = enabled ? candidates.find((candidate) => candidate.key === showWhen.field) : undefined;
  const fieldError = messageAt(errors, `${path}.showWhen.field`) ?? messageAt(errors, `${path}.showWhen`);
  const toggleId = `${path}.showWhen-enabled`;

  return (
    <fieldset className="flex min-w-0 flex-col gap-3 rounded-md border border-border p-3 sm:p-4">
      <legend className="px-1 text-sm font-semibold">When to show it</legend>
      <div className="flex items-start gap-2.5">
        <input
          id={toggleId}
          type="checkbox"
          className="mt-0.5 size-4 accent-primary disabled:opacity-60"
          checked={enabled}
          disabled={!enabled && candidates.length === 0}
          aria-describedby={`${toggleId}-help`}
          onChange={(event) => setAt(`${path}.showWhen`, event.target.checked ? { field: candidates[0]?.key ?? "" } : undefined)}
        />
        <label htmlFor={toggleId} className="text-sm font-medium">
          Only after an earlier answer
        </label>
      </div>
      <p id={`${toggleId}-help`} className="text-sm text-muted-foreground">
        {candidates.length === 0 && !enabled
          ? "Add a yes/no, choice, scale, number, date or short text question before this one to make it conditional."
          : "Partners see this question only once the earlier one is answered. A hidden answer is neither checked nor kept."}
      </p>
      {enabled ? (
        <div className="grid gap-4 sm:grid-cols-2">
          <Field id={`${path}.showWhen.field`} label="Earlier field" error={fieldError}>
            {(field) => (
              <NativeSelect
                {...field}
                value={showWhen.field ?? ""}
                onChange={(event) => {
                  setAt(`${path}.showWhen`, { field: event.target.value });
                }}
              >
                {target || !showWhen.field ? null : <option value={showWhen.field}>{showWhen.field} (not an earlier field)</option>}
                {candidates.map((candidate) => (
                  <option key={candidate.key} value={candidate.key}>
                    {candidate.label} · {FIELD_TYPE_NAMES[candidate.field.type]}
                  </option>
                ))}
              </NativeSelect>
            )}
          </Field>
          <EqualsInput path={path} target={target?.field} />
        </div>
      ) : null}
    </fieldset>
  );
}
