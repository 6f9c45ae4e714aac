"use client";

import { useWatch, type Path, type UseFormReturn } from "react-hook-form";
import type { z } from "zod";
import type { TSchedule, ZSchedule } from "@/db/schema/assignments/schedule";
import { errorAt } from "../forms/error-at";
import { Field } from "../forms/field";
import { Input } from "../ui/input";
import { addDays } from "@/db/schema/_shared/calendar";
import { NativeSelect } from "../ui/native-select";

const WEEKDAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];

/** What this component needs of a form: the assign form and the edit form both hold a schedule. */
interface ScheduleValues {
  schedule: z.input<typeof ZSchedule>;
  startsOn?: string;
}
type Form = UseFormReturn<ScheduleValues, unknown, unknown>;
// The schedule is a union; its member fields are addressed by path.
const at = (path: string) => path as Path<ScheduleValues>;

interface ScheduleFieldsProps<Values extends ScheduleValues> {
  form: UseFormReturn<Values, unknown, unknown>;
  /** The day suggested dates count from; the form's own start date when it has one. */
  datesFrom?: string;
}

/** Once with a due date; daily; weekly on chosen days every N weeks; ending on a date, after a count, or not at all. */
export function ScheduleFields<Values extends ScheduleValues>({ form: typedForm, datesFrom }: ScheduleFieldsProps<Values>) {
  // react-hook-form can't resolve paths of a generic form; every path used here exists on ScheduleValues.
  const form = typedForm as unknown as Form;
  const schedule = useWatch({ control: form.control, name: "schedule" }) as TSchedule | undefined;
  const errors = form.formState.errors;
  const kind = schedule?.kind ?? "once";
  const ending = schedule && schedule.kind !== "once" ? (schedule.until !== undefined ? "until" : schedule.count !== undefined ? "count" : "never") : "never";

  const setKind = (next: TSchedule["kind"]) => {
    const startsOn = datesFrom ?? form.getValues("startsOn") ?? "";
    const replacement: TSchedule =
      next === "once" ? { kind: "once", dueOn: addDays(startsOn, 7) } : next === "daily" ? { kind: "daily" } : { kind: "weekly", weekdays: [new Date(`${startsOn}T00:00:00Z`).getUTCDay()], everyWeeks: 1 };
    form.setValue("schedule", replacement);
  };
  const setEnding = (next: "never" | "until" | "count") => {
    if (!schedule || schedule.kind === "once") return;
    const { until: _until, count: _count, ...rest } = schedule;
    const startsOn = datesFrom ?? form.getValues("startsOn") ?? "";
    form.setValue("schedule", next === "until" ? { ...rest, until: addDays(startsOn, 27) } : next === "count" ? { ...rest, count: 7 } : rest);
  };

  return (
    <div className="flex flex-col gap-5">
      <Field id="schedule-kind" label="How often">
        {(control) => (
          <NativeSelect {...control} value={kind} onChange={(event) => setKind(event.target.value as TSchedule["kind"])}>
            <option value="once">Once</option>
            <option value="daily">Every day</option>
            <option value="weekly">Weekly</option>
          </NativeSelect>
        )}
      </Field>

      {kind === "once" ? (
        <Field id="schedule-dueOn" label="Due on" error={errorAt(errors, "schedule.dueOn")}>
          {(control) => <Input {...control} type="date" className="w-auto" {...form.register(at("schedule.dueOn"))} />}
        </Field>
      ) : null}

      {kind === "weekly" && schedule?.kind === "weekly" ? (
        <>
          <fieldset className="flex flex-col gap-2" aria-describedby={errorAt(errors, "schedule.weekdays") ? "schedule-weekdays-error" : undefined}>
            <legend className="mb-1 text-sm font-medium">On</legend>
            <div className="flex flex-wrap gap-2">
              {WEEKDAYS.map((name, day) => {
                const checked = schedule.weekdays.includes(day);
                return (
                  <label key={name} className="flex min-h-10 cursor-pointer items-center gap-2 rounded-md border border-input bg-surface px-3 text-sm has-[:checked]:border-primary has-[:checked]:bg-primary-soft">
                    <input
                      type="checkbox"
                      className="size-4 accent-primary"
                      checked={checked}
                      onChange={(event) =>
                        form.setValue(
                          at("schedule.weekdays"),
                          event.target.checked ? [...schedule.weekdays, day].sort() : schedule.weekdays.filter((value) => value !== day),
                          { shouldValidate: form.formState.isSubmitted },
                        )
                      }
                    />
                    {name}
                  </label>
                );
              })}
            </div>
            {errorAt(errors, "schedule.weekdays") ? (
              <p id="schedule-weekdays-error" className="text-sm font-medium text-destructive">
                {errorAt(errors, "schedule.weekdays")}
              </p>
            ) : null}
          </fieldset>
          <Field id="schedule-everyWeeks" label="Every" error={errorAt(errors, "schedule.everyWeeks")}>
            {(control) => (
              <div className="flex items-center gap-2">
                <Input {...control} type="number" min={1} max={12} className="w-24" {...form.register(at("schedule.everyWeeks"), { valueAsNumber: true })} />
                <span className="text-sm text-muted-foreground">week(s)</span>
              </div>
            )}
          </Field>
        </>
      ) : null}

      {kind !== "once" ? (
        <fieldset className="flex flex-col gap-3">
          <legend className="mb-1 text-sm font-medium">Ends</legend>
          {(
            [
              ["never", "When I end it"],
              ["until", "On a date"],
              ["count", "After a number of times"],
            ] as const
          ).map(([value, label]) => (
            <label key={value} className="flex items-center gap-2 text-sm">
              <input type="radio" name="schedule-ending" className="size-4 accent-primary" checked={ending === value} onChange={() => setEnding(value)} />
              {label}
            </label>
          ))}
          {ending === "until" ? (
            <Field id="schedule-until" label="Last day" error={errorAt(errors, "schedule.until")}>
              {(control) => <Input {...control} type="date" className="w-auto" {...form.register(at("schedule.until"))} />}
            </Field>
          ) : null}
          {ending === "count" ? (
            <Field id="schedule-count" label="Number of times" error={errorAt(errors, "schedule.count")}>
              {(control) => <Input {...control} type="number" min={1} max={366} className="w-24" {...form.register(at("schedule.count"), { valueAsNumber: true })} />}
            </Field>
          ) : null}
        </fieldset>
      ) : null}
    </div>
  );
}
