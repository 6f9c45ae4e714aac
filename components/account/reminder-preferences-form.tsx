"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Loader2 } from "lucide-react";
import { useState } from "react";
import { useWatch } from "react-hook-form";
import { ZReminderPreferencesInput, type TReminderPreferencesInput } from "@/db/schema/notifications/validation";
import { CheckboxField } from "../forms/checkbox-field";
import { Field } from "../forms/field";
import { FormAlert } from "../forms/form-alert";
import { applyServerErrors, useErrorFocus } from "../forms/server-errors";
import { useZodForm } from "../forms/use-zod-form";
import { formatTimeZone } from "../couples/labels";
import { useTRPC } from "../providers/trpc";
import { Alert } from "../ui/alert";
import { Button } from "../ui/button";
import { Input } from "../ui/input";
import { NativeSelect } from "../ui/native-select";

interface ReminderPreferencesFormProps {
  role: "partner" | "counselor";
  initial: TReminderPreferencesInput;
  defaultTimeZone: string;
  timeZones: string[];
}

/** When and how reminder emails come; partners get task reminders, counselors a digest on session days. */
export function ReminderPreferencesForm({ role, initial, defaultTimeZone, timeZones }: ReminderPreferencesFormProps) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const form = useZodForm(ZReminderPreferencesInput, { defaultValues: initial });
  const { errors, submitCount } = form.formState;
  const [saved, setSaved] = useState(false);
  const emailOn = useWatch({ control: form.control, name: "emailReminders" });
  const quietOn = useWatch({ control: form.control, name: "quietHours" });
  const save = useMutation(
    trpc.reminders.savePreferences.mutationOptions({
      onSuccess: (result) => {
        form.reset(result.values);
        setSaved(true);
        void queryClient.invalidateQueries({ queryKey: trpc.reminders.preferences.queryKey() });
      },
      onError: (error): void => focusOn(applyServerErrors(error, form.setError)),
    }),
  );
  const { focusOn, alertRef } = useErrorFocus(form, save.isPending);
  const partner = role === "partner";

  return (
    <form
      onSubmit={(event) => {
        setSaved(false);
        void form.handleSubmit((values) => save.mutate(values))(event);
      }}
      noValidate
      className="flex flex-col gap-6"
    >
      <div aria-live="polite" className="empty:-mb-6">{saved ? <Alert tone="success">Your reminder settings are saved.</Alert> : null}</div>
      <FormAlert message={errors.root?.server?.message} attempt={submitCount} alertRef={alertRef} />
      <fieldset disabled={save.isPending} className="flex flex-col gap-6">
        <CheckboxField
          id="emailReminders"
          label={partner ? "Email me when a task is waiting" : "Email me a digest on days I have sessions"}
          help={
            partner
              ? "At most one email a day: tasks due that day that you haven't started, and yesterday's tasks you can still complete."
              : "Counts only: sessions that day, homework submitted in the last 24 hours and safety flags waiting for you."
          }
          registration={form.register("emailReminders")}
        />
        <Field id="reminderTime" label={partner ? "Remind me at" : "Send the digest at"} help="Your local time. Emails go out within five minutes of it." error={errors.reminderTime?.message}>
          {(control) => <Input {...control} type="time" step={300} className="w-40" disabled={!emailOn} {...form.register("reminderTime")} />}
        </Field>
        <Field
          id="timeZone"
          label="Time zone"
          help={partner ? "Leave it on the first option to follow your couple's time zone." : "Leave it on the first option to follow your practice's time zone."}
          error={errors.timeZone?.message}
        >
          {(control) => (
            <NativeSelect {...control} {...form.register("timeZone")}>
              <option value="">{`Default — ${formatTimeZone(defaultTimeZone)}`}</option>
              {timeZones.map((zone) => (
                <option key={zone} value={zone}>
                  {formatTimeZone(zone)}
                </option>
              ))}
            </NativeSelect>
          )}
        </Field>
        <div className="flex flex-col gap-3">
          <CheckboxField
            id="quietHours"
            label="Quiet hours"
            help="No email in these hours. A reminder that falls inside them waits until they end, if that is still the same day."
            registration={form.register("quietHours")}
          />
          {quietOn ? (
            <div className="flex flex-wrap gap-4 pl-6.5">
              <Field id="quietStart" label="From" error={errors.quietStart?.message}>
                {(control) => <Input {...control} type="time" step={300} className="w-36" {...form.register("quietStart")} />}
              </Field>
              <Field id="quietEnd" label="Until" error={errors.quietEnd?.message}>
                {(control) => <Input {...control} type="time" step={300} className="w-36" {...form.register("quietEnd")} />}
              </Field>
            </div>
          ) : null}
        </div>
        {partner ? (
          <CheckboxField
            id="discreet"
            label="Discreet wording"
            help="Subject “A reminder” and one line, “You have something waiting for you.” Nothing about counseling, for a shared inbox or a lock screen."
            registration={form.register("discreet")}
          />
        ) : null}
        <Button type="submit" className="w-fit">
          {save.isPending ? <Loader2 aria-hidden className="animate-spin" /> : null}
          {save.isPending ? "Saving…" : "Save reminder settings"}
        </Button>
      </fieldset>
    </form>
  );
}
