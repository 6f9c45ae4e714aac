"use client";

import { useMutation } from "@tanstack/react-query";
import { Loader2 } from "lucide-react";
import Link from "next/link";
import { ZResetPasswordForm } from "@/server/auth/schemas";
import { PASSWORD_HINT } from "@/server/auth/password-policy";
import { Field } from "../forms/field";
import { FormAlert } from "../forms/form-alert";
import { PasswordInput } from "../forms/password-input";
import { applyServerErrors, useErrorFocus } from "../forms/server-errors";
import { useZodForm } from "../forms/use-zod-form";
import { useTRPC } from "../providers/trpc";
import { Alert } from "../ui/alert";
import { Button } from "../ui/button";

/** A new password from a reset link; afterwards every device is signed out and the person signs in again. */
export function ResetPasswordForm({ token }: { token: string }) {
  const trpc = useTRPC();
  const form = useZodForm(ZResetPasswordForm, { defaultValues: { newPassword: "", confirmPassword: "" } });
  const { errors, submitCount } = form.formState;
  const reset = useMutation(trpc.account.resetPassword.mutationOptions({ onError: (error): void => focusOn(applyServerErrors(error, form.setError)) }));
  const { focusOn, alertRef } = useErrorFocus(form, reset.isPending);

  if (reset.isSuccess) {
    return (
      <div className="flex flex-col gap-5" role="status">
        <Alert tone="success">Your password is changed, and every device that was signed in has been signed out.</Alert>
        <Button asChild size="lg" className="w-full">
          <Link href="/login">Sign in with your new password</Link>
        </Button>
      </div>
    );
  }
  return (
    <form onSubmit={(event) => void form.handleSubmit(({ newPassword }) => reset.mutate({ token, newPassword }))(event)} noValidate className="flex flex-col gap-5">
      <FormAlert message={errors.root?.server?.message} attempt={submitCount} alertRef={alertRef} />
      <fieldset disabled={reset.isPending} className="flex flex-col gap-5">
        <Field id="newPassword" label="New password" help={PASSWORD_HINT} error={errors.newPassword?.message}>
          {(control) => <PasswordInput {...control} autoComplete="new-password" {...form.register("newPassword")} />}
        </Field>
        <Field id="confirmPassword" label="Type it again" error={errors.confirmPassword?.message}>
          {(control) => <PasswordInput {...control} autoComplete="new-password" {...form.register("confirmPassword")} />}
        </Field>
        <Button type="submit" size="lg" className="w-full">
          {reset.isPending ? <Loader2 aria-hidden className="animate-spin" /> : null}
          {reset.isPending ? "Saving…" : "Set new password"}
        </Button>
      </fieldset>
    </form>
  );
}
