"use client";

import { useMutation } from "@tanstack/react-query";
import { Loader2 } from "lucide-react";
import { useState } from "react";
import { ZRequestEmailChangeInput } from "@/server/auth/schemas";
import { Field } from "../forms/field";
import { FormAlert } from "../forms/form-alert";
import { PasswordInput } from "../forms/password-input";
import { applyServerErrors, useErrorFocus } from "../forms/server-errors";
import { useZodForm } from "../forms/use-zod-form";
import { useTRPC } from "../providers/trpc";
import { Alert } from "../ui/alert";
import { Button } from "../ui/button";
import { Input } from "../ui/input";

/** New address and current password; the change happens only once the link sent to the new address is opened. */
export function ChangeEmailForm() {
  const trpc = useTRPC();
  const [sentTo, setSentTo] = useState<string | null>(null);
  const form = useZodForm(ZRequestEmailChangeInput, { defaultValues: { newEmail: "", currentPassword: "" } });
  const { errors, submitCount } = form.formState;
  const request = useMutation(
    trpc.account.requestEmailChange.mutationOptions({
      onSuccess: (_result, { newEmail }) => {
        setSentTo(newEmail);
        form.reset();
      },
      onError: (error): void => focusOn(applyServerErrors(error, form.setError)),
    }),
  );
  const { focusOn, alertRef } = useErrorFocus(form, request.isPending);

  return (
    <form
      onSubmit={(event) => {
        setSentTo(null);
        void form.handleSubmit((values) => request.mutate(values))(event);
      }}
      noValidate
      className="flex flex-col gap-5"
    >
      <div aria-live="polite">
        {sentTo ? (
          <Alert tone="success">
            We sent a link to {sentTo}. Open it within 60 minutes to switch. Until then you keep signing in with your current address. When you confirm, every device is signed out.
          </Alert>
        ) : null}
      </div>
      <FormAlert message={errors.root?.server?.message} attempt={submitCount} alertRef={alertRef} />
      <fieldset disabled={request.isPending} className="flex flex-col gap-5">
        <Field id="newEmail" label="New email" error={errors.newEmail?.message}>
          {(control) => <Input {...control} type="email" autoComplete="email" inputMode="email" {...form.register("newEmail")} />}
        </Field>
        <Field id="currentPassword" label="Current password" error={errors.currentPassword?.message}>
          {(control) => <PasswordInput {...control} autoComplete="current-password" {...form.register("currentPassword")} />}
        </Field>
        <Button type="submit" className="w-fit">
          {request.isPending ? <Loader2 aria-hidden className="animate-spin" /> : null}
          {request.isPending ? "Sending…" : "Send confirmation link"}
        </Button>
      </fieldset>
    </form>
  );
}
