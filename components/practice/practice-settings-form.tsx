"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";
import type { z } from "zod";
import { ZPracticeSettingsInput } from "@/db/schema/practices/validation";
import { formatTimeZone } from "../couples/labels";
import { Field } from "../forms/field";
import { FormAlert } from "../forms/form-alert";
import { applyServerErrors, useErrorFocus } from "../forms/server-errors";
import { useZodForm } from "../forms/use-zod-form";
import { useTRPC } from "../providers/trpc";
import { Alert } from "../ui/alert";
import { Button } from "../ui/button";
import { Input } from "../ui/input";
import { NativeSelect } from "../ui/native-select";

type Values = z.input<typeof ZPracticeSettingsInput>;

/** The practice's name and the time zone new couples and staff dates start from. */
export function PracticeSettingsForm({ initial, timeZones }: { initial: Values; timeZones: string[] }) {
  const trpc = useTRPC();
  const router = useRouter();
  const [saved, setSaved] = useState(false);
  const form = useZodForm(ZPracticeSettingsInput, { defaultValues: initial });
  const { errors, isSubmitting, submitCount } = form.formState;
  const { focusOn, alertRef } = useErrorFocus(form, isSubmitting);
  const save = useMutation(trpc.practice.saveSettings.mutationOptions());
  const onSubmit = form.handleSubmit(async (values) => {
    setSaved(false);
    try {
      await save.mutateAsync(values);
      setSaved(true);
      router.refresh();
    } catch (error) {
      focusOn(applyServerErrors(error as Parameters<typeof applyServerErrors>[0], form.setError));
    }
  });

  return (
    <form onSubmit={(event) => void onSubmit(event)} noValidate className="flex flex-col gap-5">
      <FormAlert message={errors.root?.server?.message} attempt={submitCount} alertRef={alertRef} />
      <div aria-live="polite">{saved ? <Alert tone="success">Saved.</Alert> : null}</div>
      <fieldset disabled={isSubmitting} className="flex flex-col gap-4">
        <legend className="sr-only">Practice settings</legend>
        <Field id="practice-name" label="Practice name" help="Shown to your staff and clients, and in emails." error={errors.name?.message}>
          {(control) => <Input {...control} autoComplete="organization" {...form.register("name")} />}
        </Field>
        <Field
          id="practice-timeZone"
          label="Default time zone"
          help="New couples start in this zone, and staff pages show dates in it. Existing couples keep their own."
          error={errors.timeZone?.message}
        >
          {(control) => (
            <NativeSelect {...control} {...form.register("timeZone")}>
              {timeZones.map((zone) => (
                <option key={zone} value={zone}>
                  {formatTimeZone(zone)}
                </option>
              ))}
            </NativeSelect>
          )}
        </Field>
      </fieldset>
      <div>
        <Button type="submit" disabled={isSubmitting}>
          {isSubmitting ? "Saving…" : "Save settings"}
        </Button>
      </div>
    </form>
  );
}
