import type { UseFormRegisterReturn } from "react-hook-form";
import { formatTimeZone } from "../couples/labels";
import { Field } from "../forms/field";
import { Input } from "../ui/input";

interface SessionTimeFieldsProps {
  idPrefix: string;
  timeZone: string;
  errors: { date?: string | undefined; time?: string | undefined; durationMinutes?: string | undefined };
  register: { date: UseFormRegisterReturn; time: UseFormRegisterReturn; durationMinutes: UseFormRegisterReturn };
}

/** Date, wall-clock time and length: the same three fields for scheduling and rescheduling. */
export function SessionTimeFields({ idPrefix, timeZone, errors, register }: SessionTimeFieldsProps) {
  return (
    <div className="grid gap-4 sm:grid-cols-3">
      <Field id={`${idPrefix}-date`} label="Date" error={errors.date}>
        {(control) => <Input {...control} type="date" {...register.date} />}
      </Field>
      <Field id={`${idPrefix}-time`} label="Time" help={`Couple's time zone: ${formatTimeZone(timeZone)}`} error={errors.time}>
        {(control) => <Input {...control} type="time" step={300} {...register.time} />}
      </Field>
      <Field id={`${idPrefix}-duration`} label="Length (minutes)" error={errors.durationMinutes}>
        {(control) => <Input {...control} type="number" inputMode="numeric" min={15} max={240} step={5} {...register.durationMinutes} />}
      </Field>
    </div>
  );
}
