"use client";

import { useWatch } from "react-hook-form";
import { LONG_TEXT_MAX, SHORT_TEXT_MAX, type FieldType } from "@/db/schema/exercises/field-types";
import { Field } from "../forms/field";
import { Input } from "../ui/input";
import { CheckboxField, GroupError, NumberField, TextArea, useBuilderErrors } from "./controls";
import { LIKERT_DEFAULTS } from "./defaults";
import { messageAt } from "./errors";
import { ItemFieldsEditor } from "./item-fields-editor";
import { OptionsEditor } from "./options-editor";
import { useBuilderForm, useSetAt, type FieldPath, type ValueFieldPath, type ValueType } from "./types";

function LikertLabels({ path, points }: { path: ValueFieldPath; points: 5 | 7 }) {
  const { control, register } = useBuilderForm();
  const setAt = useSetAt();
  const errors = useBuilderErrors();
  const labels = useWatch({ control, name: `${path}.labels` });
  const custom = Array.isArray(labels);
  const defaults = LIKERT_DEFAULTS[points];
  return (
    <fieldset className="flex min-w-0 flex-col gap-3">
      <legend className="mb-1 text-sm font-semibold">Point labels</legend>
      <div className="flex items-start gap-2.5">
        <input
          id={`${path}.labels-custom`}
          type="checkbox"
          className="mt-0.5 size-4 accent-primary"
          checked={custom}
          onChange={(event) => setAt(`${path}.labels`, event.target.checked ? [...defaults] : undefined)}
        />
        <label htmlFor={`${path}.labels-custom`} className="text-sm font-medium">
          Use my own wording for the {points} points
        </label>
      </div>
      {custom ? (
        <ol className="grid gap-3 sm:grid-cols-2">
          {defaults.map((_, index) => (
            <li key={index}>
              <Field id={`${path}.labels.${index}`} label={`Point ${index + 1}`} error={messageAt(errors, `${path}.labels.${index}`)}>
                {(control) => <Input {...control} autoComplete="off" {...register(`${path}.labels.${index}`)} />}
              </Field>
            </li>
          ))}
        </ol>
      ) : (
        <p className="text-sm text-muted-foreground">Partners see: {defaults.join(" · ")}.</p>
      )}
      <GroupError id={`${path}.labels-error`} message={messageAt(errors, `${path}.labels`)} />
    </fieldset>
  );
}

/** Settings of a single-value type; used for questions and for the parts of a list item. */
export function ValueTypeOptions({ path, type }: { path: ValueFieldPath; type: ValueType }) {
  const { register } = useBuilderForm();
  const errors = useBuilderErrors();
  switch (type) {
    case "short_text":
      return (
        <div className="grid gap-4 sm:grid-cols-2">
          <NumberField name={`${path}.maxLength`} label="Longest answer" suffix="characters" placeholder={String(SHORT_TEXT_MAX)} inputClassName="w-32" />
          <Field id={`${path}.placeholder`} label="Example answer (optional)" help="Greyed-out hint inside the empty box." error={messageAt(errors, `${path}.placeholder`)}>
            {(control) => <Input {...control} autoComplete="off" {...register(`${path}.placeholder`)} />}
          </Field>
        </div>
      );
    case "long_text":
      return <NumberField name={`${path}.maxLength`} label="Longest answer" suffix="characters" placeholder={String(LONG_TEXT_MAX)} inputClassName="w-32" />;
    case "scale_0_10":
      return (
        <div className="grid gap-4 sm:grid-cols-2">
          <Field id={`${path}.anchors.low`} label="Words for 0" error={messageAt(errors, `${path}.anchors.low`) ?? messageAt(errors, `${path}.anchors`)}>
            {(control) => <Input {...control} autoComplete="off" {...register(`${path}.anchors.low`)} />}
          </Field>
          <Field id={`${path}.anchors.high`} label="Words for 10" error={messageAt(errors, `${path}.anchors.high`)}>
            {(control) => <Input {...control} autoComplete="off" {...register(`${path}.anchors.high`)} />}
          </Field>
        </div>
      );
    case "likert_5":
      return <LikertLabels path={path} points={5} />;
    case "likert_7":
      return <LikertLabels path={path} points={7} />;
    case "yes_no":
      return <p className="text-sm text-muted-foreground">Partners answer Yes or No. Nothing else to set.</p>;
    case "single_select":
      return <OptionsEditor path={path} showScores />;
    case "checklist":
      return (
        <div className="flex flex-col gap-4">
          <OptionsEditor path={path} showScores={false} />
          <div className="grid gap-4 sm:grid-cols-2">
            <NumberField name={`${path}.minSelected`} label="Fewest to tick (optional)" />
            <NumberField name={`${path}.maxSelected`} label="Most to tick (optional)" />
          </div>
        </div>
      );
    case "date":
      return (
        <CheckboxField
          id={`${path}.notAfterToday`}
          label="Only dates up to today"
          help="For things that already happened."
          error={messageAt(errors, `${path}.notAfterToday`)}
          registration={register(`${path}.notAfterToday`)}
        />
      );
    case "number":
      return (
        <div className="flex flex-col gap-4">
          <div className="grid gap-4 sm:grid-cols-2">
            <NumberField name={`${path}.min`} label="Lowest allowed (optional)" decimal />
            <NumberField name={`${path}.max`} label="Highest allowed (optional)" decimal />
          </div>
          <div className="grid gap-4 sm:grid-cols-2">
            <CheckboxField id={`${path}.integer`} label="Whole numbers only" error={messageAt(errors, `${path}.integer`)} registration={register(`${path}.integer`)} />
            <Field id={`${path}.unit`} label="Unit (optional)" help="Shown after the box, e.g. hours." error={messageAt(errors, `${path}.unit`)}>
              {(control) => <Input {...control} autoComplete="off" {...register(`${path}.unit`)} />}
            </Field>
          </div>
        </div>
      );
  }
}

function ItemCounts({ path }: { path: FieldPath }) {
  return (
    <div className="grid gap-4 sm:grid-cols-2">
      <NumberField name={`${path}.minItems`} label="Fewest items" placeholder="0" help="When the question is required, at least one." />
      <NumberField name={`${path}.maxItems`} label="Most items" placeholder="20" />
    </div>
  );
}

/** The settings of a question's type, under the common ones (label, visibility…). */
export function FieldTypeOptions({ path, type }: { path: FieldPath; type: FieldType }) {
  const { register } = useBuilderForm();
  const errors = useBuilderErrors();
  switch (type) {
    case "repeatable_list":
      return (
        <div className="flex flex-col gap-5">
          <Field id={`${path}.itemLabel`} label="What one item is called" help="Used on the “Add another” button, e.g. Question or Trigger." error={messageAt(errors, `${path}.itemLabel`)}>
            {(control) => <Input {...control} autoComplete="off" className="sm:max-w-xs" {...register(`${path}.itemLabel`)} />}
          </Field>
          <ItemFieldsEditor path={path} />
          <ItemCounts path={path} />
        </div>
      );
    case "promise_list":
      return (
        <div className="flex flex-col gap-4">
          <p className="text-sm text-muted-foreground">
            Each item is a promise with who makes it, a weekly status (kept, partly kept, not kept, renegotiated) and the other partner&apos;s “I noticed”.
          </p>
          <ItemCounts path={path} />
        </div>
      );
    case "agreement_list":
      return (
        <div className="flex flex-col gap-4">
          <p className="text-sm text-muted-foreground">Each item is an agreement with whether it was offered or requested, its status (active, relaxed, retired) and a review date.</p>
          <ItemCounts path={path} />
        </div>
      );
    case "acknowledgement":
      return (
        <Field id={`${path}.statement`} label="Statement to acknowledge" help="The partner ticks a box next to this text." error={messageAt(errors, `${path}.statement`)}>
          {(control) => <TextArea {...control} rows={3} {...register(`${path}.statement`)} />}
        </Field>
      );
    case "short_text":
    case "long_text":
    case "scale_0_10":
    case "likert_5":
    case "likert_7":
    case "yes_no":
    case "single_select":
    case "checklist":
    case "date":
    case "number":
      return <ValueTypeOptions path={path} type={type} />;
  }
}
