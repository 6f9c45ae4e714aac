"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";
import type { SecretsPolicy } from "@/db/schema/_shared/enums";
import { ZSavePolicyWordingInput } from "@/db/schema/practices/validation";
import { Textarea } from "../exercise-form/textarea";
import { Field } from "../forms/field";
import { FormAlert } from "../forms/form-alert";
import { applyServerErrors, useErrorFocus } from "../forms/server-errors";
import { useZodForm } from "../forms/use-zod-form";
import { useTRPC } from "../providers/trpc";
import { Alert } from "../ui/alert";
import { Button } from "../ui/button";

/**
 * Publishing a new wording is a new version of the agreement: every partner of the
 * practice's couples on this policy reads and accepts it again before going on.
 */
export function PolicyWordingForm({ policy, title, initial }: { policy: SecretsPolicy; title: string; initial: string }) {
  const trpc = useTRPC();
  const router = useRouter();
  const [saved, setSaved] = useState<string | null>(null);
  const form = useZodForm(ZSavePolicyWordingInput, { defaultValues: { policy, body: initial } });
  const { errors, isSubmitting, submitCount, isDirty } = form.formState;
  const { focusOn, alertRef } = useErrorFocus(form, isSubmitting);
  const save = useMutation(trpc.practice.savePolicyWording.mutationOptions());

  const onSubmit = form.handleSubmit(async (values) => {
    setSaved(null);
    try {
      const result = await save.mutateAsync(values);
      setSaved(
        result.couplesAsked === 0
          ? "Published. Couples who start on this policy will read it."
          : `Published. The partners of ${result.couplesAsked} ${result.couplesAsked === 1 ? "couple" : "couples"} will be asked to read and accept it at their next visit.`,
      );
      form.reset(values);
      router.refresh();
    } catch (error) {
      focusOn(applyServerErrors(error as Parameters<typeof applyServerErrors>[0], form.setError));
    }
  });

  return (
    <form onSubmit={(event) => void onSubmit(event)} noValidate className="flex flex-col gap-4">
      <FormAlert message={errors.root?.server?.message} attempt={submitCount} alertRef={alertRef} />
      <div aria-live="polite">{saved ? <Alert tone="success">{saved}</Alert> : null}</div>
      <Field
        id={`wording-${policy}`}
        label={`${title}: what partners read`}
        help="Plain text. Leave a blank line between paragraphs."
        error={errors.body?.message}
      >
        {(control) => <Textarea {...control} rows={10} {...form.register("body")} />}
      </Field>
      <Button type="submit" className="w-fit" disabled={isSubmitting || !isDirty}>
        {isSubmitting ? "Publishing…" : "Publish new version"}
      </Button>
    </form>
  );
}
