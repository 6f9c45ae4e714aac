"use client";

import { useMutation } from "@tanstack/react-query";
import { Loader2 } from "lucide-react";
import { useMemo, useState } from "react";
import { changePasswordSchemaFor, PASSWORD_HINT } from "@/server/auth/password-policy";
import { Field } from "../forms/field";
import { FormAlert } from "../forms/form-alert";
import { PasswordInput } from "../forms/password-input";
import { applyServerErrors, useErrorFocus } from "../forms/server-errors";
import { useZodForm } from "../forms/use-zod-form";
import { useTRPC } from "../providers/trpc";
import { Alert } from "../ui/alert";
import { Button } from "../ui/button";

/** Current password, then a new one checked by the same rules as the server (length, leaked-password list, not the email). */
export function ChangePasswordForm({ email }: { email: string }) {
  const trpc = useTRPC();
  const schema = useMemo(() => changePasswordSchemaFor(email), [email]);
  const form = useZodForm(schema, { defaultValues: { currentPassword: "", newPassword: "" } });
  const { errors, submitCount } = form.formState;
  const [changed, setChanged] = useState<number | null>(null);
  const change = useMutation(
    trpc.account.changePassword.mutationOptions({
      onSuccess: ({ otherSessionsEnded }) => {
        setChanged(otherSessionsEnded);
        form.reset();
      },
      onError: (error): void => focusOn(applyServerErrors(error, form.setError)),
    }),
  );
  const { focusOn, alertRef } = useErrorFocus(form, change.isPending);

  return (
    <form
      onSubmit={(event) => {
        setChanged(null);
        void form.handleSubmit((values) => change.mutate(values))(event);
      }}
      noValidate
      className="flex flex-col gap-5"
    >
      {changed !== null ? (
        <Alert tone="success">
          Your password is changed.{" "}
          {changed === 0 ? "You weren't signed in anywhere else." : `${changed === 1 ? "One other device was" : `${changed} other devices were`} signed out.`}
        </Alert>
      ) : null}
      <FormAlert message={errors.root?.server?.message} attempt={submitCount} alertRef={alertRef} />
      <fieldset disabled={change.isPending} className="flex flex-col gap-5">
        <Field id="currentPassword" label="Current password" error={errors.currentPassword?.message}>
          {(control) => <PasswordInput {...control} autoComplete="current-password" {...form.register("currentPassword")} />}
        </Field>
        <Field id="newPassword" label="New password" help={PASSWORD_HINT} error={errors.newPassword?.message}>
          {(control) => <PasswordInput {...control} autoComplete="new-password" {...form.register("newPassword")} />}
        </Field>
        <Button type="submit" className="w-fit">
          {change.isPending ? <Loader2 aria-hidden className="animate-spin" /> : null}
          {change.isPending ? "Changing…" : "Change password"}
        </Button>
      </fieldset>
    </form>
  );
}
