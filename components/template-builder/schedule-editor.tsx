"use client";

import { useWatch } from "react-hook-form";
import { Field } from "../forms/field";
import { NativeSelect } from "../ui/native-select";
import { GroupError, NumberField, useBuilderErrors } from "./controls";
import { DEFAULT_WEEKLY } from "./defaults";
import { messageAt } from "./errors";
import { useBuilderForm, useSetAt } from "./types";

const KINDS = [
  { value: "once", label: "Once" },
  { value: "daily", label: "Daily" },
  { value: "weekly", label: "Weekly, on chosen days" },
] as const;

const WEEKDAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"] as const;
// Listed Monday first, as most calendars for clinics are.
const WEEKDAY_ORDER = [1, 2, 3, 4, 5, 6, 0] as const;

/** How often the exercise is usually done; the counselor still picks dates when assigning. */
export function ScheduleEditor() {
  const { control } = useBuilderForm();
  const setAt = useSetAt();
  const schedule = useWatch({ control, name: "defaultSchedule" });
  const kind = schedule?.kind ?? "once";
  const weekdays = schedule?.kind === "weekly" ? (schedule.weekdays ?? []) : [];
  const errors = useBuilderErrors();
  const kindError = messageAt(errors, "defaultSchedule.kind") ?? messageAt(errors, "defaultSchedule");
  const weekdaysError = messageAt(errors, "defaultSchedule.weekdays");

  const toggleDay = (day: number, on: boolean) => {
    const next = on ? [...new Set([...weekdays, day])].sort((a, b) => a - b) : weekdays.filter((d) => d !== day);
    setAt("defaultSchedule.weekdays", next);
  };

  return (
    <fieldset className="flex min-w-0 flex-col gap-4 rounded-md border border-border p-4">
      <legend className="px-1 text-sm font-semibold">Usual schedule</legend>
      <Field id="defaultSchedule.kind" label="How often" help="A starting point: you choose the dates when you assign it." error={kindError}>
        {(control) => (
          <NativeSelect
            {...control}
            value={kind}
            onChange={(event) => {
              const next = event.target.value;
              setAt("defaultSchedule", next === "weekly" ? { ...DEFAULT_WEEKLY, weekdays: [...DEFAULT_WEEKLY.weekdays] } : next === "daily" ? { kind: "daily" } : { kind: "once", dueInDays: 7 });
            }}
          >
            {KINDS.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </NativeSelect>
        )}
      </Field>
      {kind === "once" ? <NumberField name="defaultSchedule.dueInDays" label="Due within" suffix="days" placeholder="7" help="0 means due the same day." /> : null}
      {kind === "weekly" ? (
        <>
          <fieldset className="flex min-w-0 flex-col gap-2" aria-describedby={weekdaysError ? "defaultSchedule.weekdays-error" : undefined}>
            <legend className="mb-1 text-sm font-medium">On these days</legend>
            <div className="flex flex-wrap gap-x-4 gap-y-2">
              {WEEKDAY_ORDER.map((day) => (
                <label key={day} className="flex items-center gap-2 text-sm">
                  <input
                    type="checkbox"
                    className="size-4 accent-primary"
                    checked={weekdays.includes(day)}
                    aria-invalid={Boolean(weekdaysError)}
                    onChange={(event) => toggleDay(day, event.target.checked)}
                  />
                  {WEEKDAYS[day]}
                </label>
              ))}
            </div>
            <GroupError id="defaultSchedule.weekdays-error" message={weekdaysError} />
          </fieldset>
          <NumberField name="defaultSchedule.everyWeeks" label="Repeat every" suffix="weeks" placeholder="1" help="1 for every week, 2 for every other week." />
        </>
      ) : null}
    </fieldset>
  );
}
