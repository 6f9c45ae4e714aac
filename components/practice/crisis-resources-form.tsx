"use client";

import { useMutation } from "@tanstack/react-query";
import { Plus, Trash2 } from "lucide-react";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useFieldArray } from "react-hook-form";
import type { CrisisResource } from "@/db/schema/practices/table";
import { ZSaveCrisisResourcesInput } from "@/db/schema/practices/validation";
import { Field } from "../forms/field";
import { FormAlert } from "../forms/form-alert";
import { applyServerErrors, useErrorFocus } from "../forms/server-errors";
import { useZodForm } from "../forms/use-zod-form";
import { useTRPC } from "../providers/trpc";
import { Alert } from "../ui/alert";
import { Button } from "../ui/button";
import { Input } from "../ui/input";

const BLANK: CrisisResource = { name: "", contact: "", href: "", description: "" };

/**
 * The crisis lines the practice's clients see on Get help and after an answer that raised
 * a flag. Links may only call, text or open a secure page (the schema refuses anything else).
 */
export function CrisisResourcesForm({ initial, usesDefaults }: { initial: CrisisResource[]; usesDefaults: boolean }) {
  const trpc = useTRPC();
  const router = useRouter();
  const [saved, setSaved] = useState<string | null>(null);
  const form = useZodForm(ZSaveCrisisResourcesInput, { defaultValues: { resources: initial.map((resource) => ({ ...BLANK, ...resource })) } });
  const { fields, append, remove } = useFieldArray({ control: form.control, name: "resources" as never });
  const { errors, isSubmitting, submitCount } = form.formState;
  const { focusOn, alertRef } = useErrorFocus(form, isSubmitting);
  const save = useMutation(trpc.practice.saveCrisisResources.mutationOptions());
  const fieldErrors = (index: number) => (errors.resources as unknown as Array<Partial<Record<keyof CrisisResource, { message?: string }>>> | undefined)?.[index];

  const submit = async (values: { resources: CrisisResource[] | null }, message: string) => {
    setSaved(null);
    try {
      await save.mutateAsync(values);
      setSaved(message);
      router.refresh();
    } catch (error) {
      focusOn(applyServerErrors(error as Parameters<typeof applyServerErrors>[0], form.setError));
    }
  };
  const onSubmit = form.handleSubmit((values) => submit(values, "Saved. Clients see these resources from now on."));

  return (
    <form onSubmit={(event) => void onSubmit(event)} noValidate className="flex flex-col gap-5">
      <FormAlert message={errors.root?.server?.message ?? errors.resources?.root?.message ?? errors.resources?.message} attempt={submitCount} alertRef={alertRef} />
      <div aria-live="polite">{saved ? <Alert tone="success">{saved}</Alert> : null}</div>
      {usesDefaults ? <p className="text-sm text-muted-foreground">Your clients see Trellis&apos;s defaults (United States). Change them to your region&apos;s services.</p> : null}
      <fieldset disabled={isSubmitting} className="flex flex-col gap-4">
        <legend className="sr-only">Crisis resources</legend>
        {fields.map((item, index) => (
          <div key={item.id} className="grid gap-3 rounded-md border border-border p-4 sm:grid-cols-2">
            <Field id={`resource-${index}-name`} label="Service" error={fieldErrors(index)?.name?.message}>
              {(control) => <Input {...control} {...form.register(`resources.${index}.name`)} />}
            </Field>
            <Field id={`resource-${index}-contact`} label="How to reach it" error={fieldErrors(index)?.contact?.message}>
              {(control) => <Input {...control} {...form.register(`resources.${index}.contact`)} />}
            </Field>
            <Field id={`resource-${index}-href`} label="Link (optional)" help="tel:, sms: or https://" error={fieldErrors(index)?.href?.message}>
              {(control) => <Input {...control} inputMode="url" {...form.register(`resources.${index}.href`)} />}
            </Field>
            <Field id={`resource-${index}-description`} label="When to use it" error={fieldErrors(index)?.description?.message}>
              {(control) => <Input {...control} {...form.register(`resources.${index}.description`)} />}
            </Field>
            <div className="sm:col-span-2">
              <Button type="button" variant="ghost" size="sm" onClick={() => remove(index)} disabled={fields.length === 1}>
                <Trash2 aria-hidden /> Remove<span className="sr-only"> resource {index + 1}</span>
              </Button>
            </div>
          </div>
        ))}
      </fieldset>
      <div className="flex flex-wrap gap-2">
        <Button type="button" variant="outline" onClick={() => append({ ...BLANK })} disabled={fields.length >= 8 || isSubmitting}>
          <Plus aria-hidden /> Add a resource
        </Button>
        <Button type="submit" disabled={isSubmitting}>
          {isSubmitting ? "Saving…" : "Save resources"}
        </Button>
        {usesDefaults ? null : (
          <Button type="button" variant="ghost" disabled={save.isPending} onClick={() => void submit({ resources: null }, "Trellis's defaults are back.")}>
            Restore Trellis&apos;s defaults
          </Button>
        )}
      </div>
    </form>
  );
}
