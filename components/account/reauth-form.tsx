"use client";

import { Loader2 } from "lucide-react";
import type { z } from "zod";
import { ZReauthenticateInput } from "@/server/auth/two-factor-schemas";
import { Field } from "../forms/field";
import { FormAlert } from "../forms/form-alert";
import { PasswordInput } from "../forms/password-input";
import { applyServerErrors, useErrorFocus } from "../forms/server-errors";
import { useZodForm } from "../forms/use-zod-form";
import { Button } from "../ui/button";
import { Input } from "../ui/input";

type Values = z.output<typeof ZReauthenticateInput>;
interface ServerError {
  message: string;
  data?: { fieldErrors?: Record<string, string[]> } | null;
}

/** Changing how the account signs in asks for both factors again (security.md S10). */
export function ReauthForm({
  idPrefix,
  submitLabel,
  destructive = false,
  onSubmit,
}: {
  idPrefix: string;
  submitLabel: string;
  destructive?: boolean;
  /** Resolves when done; rejects with the procedure's error, which lands on the fields. */
  onSubmit: (values: Values) => Promise<unknown>;
}) {
  const form = useZodForm(ZReauthenticateInput, { defaultValues: { currentPassword: "", code: "" } });
  const { errors, isSubmitting, submitCount } = form.formState;
  const { focusOn, alertRef } = useErrorFocus(form, isSubmitting);
  return (
    <form
      onSubmit={(event) =>
        void form.handleSubmit(async (values) => {
          try {
            await onSubmit(values);
          } catch (error) {
            focusOn(applyServerErrors(error as ServerError, form.setError));
          }
        })(event)
      }
      noValidate
      className="flex flex-col gap-5"
    >
      <FormAlert message={errors.root?.server?.message} attempt={submitCount} alertRef={alertRef} />
      <fieldset disabled={isSubmitting} className="flex flex-col gap-5">
        <Field id={`${idPrefix}-password`} label="Your password" error={errors.currentPassword?.message}>
          {(control) => <PasswordInput {...control} autoComplete="current-password" {...form.register("currentPassword")} />}
        </Field>
        <Field
          id={`${idPrefix}-code`}
          label="Code from your authenticator app"
          help="Lost your phone? Enter one of your recovery codes instead."
          error={errors.code?.message}
        >
          {(control) => <Input {...control} autoComplete="one-time-code" spellCheck={false} className="max-w-56 font-mono tracking-wider" {...form.register("code")} />}
        </Field>
        <Button type="submit" variant={destructive ? "destructive" : "primary"} className="w-fit">
          {isSubmitting ? <Loader2 aria-hidden className="animate-spin" /> : null}
          {submitLabel}
        </Button>
      </fieldset>
    </form>
  );
}
