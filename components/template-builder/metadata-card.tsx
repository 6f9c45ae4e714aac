"use client";

import { useState } from "react";
import { useWatch } from "react-hook-form";
import { AUDIENCES, COUPLE_PHASES, type Audience } from "@/db/schema/_shared/enums";
import { phaseLabel } from "../couples/labels";
import { AUDIENCE_NAMES } from "../exercises/labels";
import { Field } from "../forms/field";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "../ui/card";
import { Input } from "../ui/input";
import { NativeSelect } from "../ui/native-select";
import { CheckboxField, NumberField, TextArea, useBuilderErrors } from "./controls";
import { messageAt, flattenErrors } from "./errors";
import { ScheduleEditor } from "./schedule-editor";
import { useBuilderForm, useSetAt } from "./types";

const AUDIENCE_HELP: Record<Audience, string> = {
  hp: "Only the hurt partner fills it in.",
  ip: "Only the involved partner fills it in.",
  each: "Each partner fills in their own copy, privately.",
  together: "The couple fills in one copy together; every answer is shared.",
};

/** Comma-separated in the input, a list in the definition. */
function TagsInput() {
  const { getValues } = useBuilderForm();
  const setAt = useSetAt();
  const errors = useBuilderErrors();
  const [text, setText] = useState(() => (getValues("tags") ?? []).join(", "));
  const messages = [...new Set(flattenErrors(errors.tags, "tags").map((error) => error.message))];
  return (
    <Field id="tags" label="Tags" help="Separate tags with commas, e.g. daily, check-in. They help you find exercises in the library." error={messages.join(" ") || undefined}>
      {(control) => (
        <Input
          {...control}
          autoComplete="off"
          value={text}
          onChange={(event) => {
            setText(event.target.value);
            setAt(
              "tags",
              event.target.value
                .split(",")
                .map((tag) => tag.trim())
                .filter(Boolean),
            );
          }}
        />
      )}
    </Field>
  );
}

/** Title, wording and defaults of the exercise as a whole. */
export function MetadataCard() {
  const { register, control } = useBuilderForm();
  const errors = useBuilderErrors();
  const audience = useWatch({ control, name: "audience" }) as Audience | "" | undefined;
  return (
    <Card aria-labelledby="metadata-title">
      <CardHeader>
        <CardTitle id="metadata-title">About the exercise</CardTitle>
        <CardDescription>What partners see before they start, and the defaults you get when you assign it.</CardDescription>
      </CardHeader>
      <CardContent className="flex flex-col gap-5">
        <Field id="title" label="Title" error={messageAt(errors, "title")}>
          {(field) => <Input {...field} autoComplete="off" {...register("title")} />}
        </Field>
        <Field id="summary" label="Summary" help="One or two sentences shown in the library and on the partner's task list." error={messageAt(errors, "summary")}>
          {(field) => <TextArea {...field} rows={2} {...register("summary")} />}
        </Field>
        <Field id="instructions" label="Instructions for partners" help="Shown above the questions. Leave a blank line between paragraphs." error={messageAt(errors, "instructions")}>
          {(field) => <TextArea {...field} rows={5} {...register("instructions")} />}
        </Field>
        <div className="grid gap-5 sm:grid-cols-2">
          <Field id="phase" label="Phase" error={messageAt(errors, "phase")}>
            {(field) => (
              <NativeSelect {...field} defaultValue="" {...register("phase")}>
                <option value="" disabled>
                  Choose…
                </option>
                {COUPLE_PHASES.map((phase) => (
                  <option key={phase} value={phase}>
                    {phaseLabel(phase)}
                  </option>
                ))}
              </NativeSelect>
            )}
          </Field>
          <Field id="audience" label="Who it is for" help={audience ? AUDIENCE_HELP[audience] : undefined} error={messageAt(errors, "audience")}>
            {(field) => (
              <NativeSelect {...field} defaultValue="" {...register("audience")}>
                <option value="" disabled>
                  Choose…
                </option>
                {AUDIENCES.map((value) => (
                  <option key={value} value={value}>
                    {AUDIENCE_NAMES[value]}
                  </option>
                ))}
              </NativeSelect>
            )}
          </Field>
        </div>
        <NumberField name="estimatedMinutes" label="Estimated time" suffix="minutes" placeholder="10" />
        <ScheduleEditor />
        <CheckboxField
          id="needsSafetyClearance"
          label="Needs a safety clearance"
          help="Paused automatically while you have an open violence or coercion concern for the couple, e.g. detailed disclosure or transparency work."
          error={messageAt(errors, "needsSafetyClearance")}
          registration={register("needsSafetyClearance")}
        />
        <TagsInput />
      </CardContent>
    </Card>
  );
}
