"use client";

import { useMutation } from "@tanstack/react-query";
import { Loader2 } from "lucide-react";
import { useState } from "react";
import { ZRequestPasswordResetInput } from "@/server/auth/schemas";
import { Field } from "../forms/field";
import { FormAlert } from "../forms/form-alert";
import { applyServerErrors, useErrorFocus } from "../forms/server-errors";
import { useZodForm } from "../forms/use-zod-form";
import { useTRPC } from "../providers/trpc";
import { Alert } from "../ui/alert";
import { Button } from "../ui/button";
import { Input } from "../ui/input";

/** Asks for a reset link. The answer never says whether the address has an account. */
export function ForgotPasswordForm() {
  const trpc = useTRPC();
  const [sentTo, setSentTo] = useState<string | null>(null);
  const form = useZodForm(ZRequestPasswordResetInput, { defaultValues: { email: "" } });
  const { errors, submitCount } = form.formState;
  const request = useMutation(
    trpc.account.requestPasswordReset.mutationOptions({
      onSuccess: (_result, { email }) => setSentTo(email),
      onError: (error): void => focusOn(applyServerErrors(error, form.setError)),
    }),
  );
  const { focusOn, alertRef } = useErrorFocus(form, request.isPending);

  return (
    <div className="flex flex-col gap-5">
      <div aria-live="polite">
        {sentTo ? (
          <Alert tone="success">
            If {sentTo} belongs to a Trellis account, a link to choose a new password is on its way. It works once, for 30 minutes. Check your spam folder if nothing arrives in a few minutes.
          </Alert>
        ) : null}
      </div>
      <form onSubmit={(event) => void form.handleSubmit((values) => request.mutate(values))(event)} noValidate className="flex flex-col gap-5">
        <FormAlert message={errors.root?.server?.message} attempt={submitCount} alertRef={alertRef} />
        <fieldset disabled={request.isPending} className="flex flex-col gap-5">
          <Field id="email" label="Email" error={errors.email?.message}>
            {(control) => <Input {...control} type="email" autoComplete="username" inputMode="email" {...form.register("email")} />}
          </Field>
          <Button type="submit" size="lg" className="w-full">
            {request.isPending ? <Loader2 aria-hidden className="animate-spin" /> : null}
            {request.isPending ? "Sending…" : sentTo ? "Send another link" : "Email me a reset link"}
          </Button>
        </fieldset>
      </form>
    </div>
  );
}
