"use client";

import { useMutation } from "@tanstack/react-query";
import { Loader2 } from "lucide-react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { ZAcceptInvitationForm } from "@/db/schema/invitations/validation";
import { PASSWORD_HINT } from "@/server/auth/password-policy";
import { Field } from "../forms/field";
import { FormAlert } from "../forms/form-alert";
import { PasswordInput } from "../forms/password-input";
import { applyServerErrors, useErrorFocus } from "../forms/server-errors";
import { useZodForm } from "../forms/use-zod-form";
import { useTRPC, useTRPCClient } from "../providers/trpc";
import { Alert } from "../ui/alert";
import { Button } from "../ui/button";
import { signInWithNewPassword } from "./sign-in-after-password";

/** Choose a password for an invited account, then sign in with it and go on. */
export function AcceptInvitationForm({ token, email }: { token: string; email: string }) {
  const trpc = useTRPC();
  const client = useTRPCClient();
  const router = useRouter();
  const [signInFailed, setSignInFailed] = useState(false);
  const form = useZodForm(ZAcceptInvitationForm, { defaultValues: { password: "", confirmPassword: "" } });
  const { errors, submitCount } = form.formState;
  const accept = useMutation(
    trpc.invitation.accept.mutationOptions({
      onSuccess: async (_result, { password }) => {
        const next = await signInWithNewPassword(email, password, () => client.account.twoFactorStatus.query()).catch(() => null);
        if (!next) return setSignInFailed(true);
        router.replace(next);
        router.refresh();
      },
      onError: (error): void => focusOn(applyServerErrors(error, form.setError)),
    }),
  );
  const { focusOn, alertRef } = useErrorFocus(form, accept.isPending);

  if (signInFailed) {
    return (
      <Alert tone="success">
        Your password is set. <Link href="/login" className="font-medium underline">Sign in</Link> with {email} to continue.
      </Alert>
    );
  }
  const busy = accept.isPending || accept.isSuccess;
  return (
    <form onSubmit={(event) => void form.handleSubmit(({ password }) => accept.mutate({ token, password }))(event)} noValidate className="flex flex-col gap-5">
      <FormAlert message={errors.root?.server?.message} attempt={submitCount} alertRef={alertRef} />
      <fieldset disabled={busy} className="flex flex-col gap-5">
        <input type="email" autoComplete="username" value={email} readOnly hidden />
        <Field id="password" label="Choose a password" help={PASSWORD_HINT} error={errors.password?.message}>
          {(control) => <PasswordInput {...control} autoComplete="new-password" {...form.register("password")} />}
        </Field>
        <Field id="confirmPassword" label="Type it again" error={errors.confirmPassword?.message}>
          {(control) => <PasswordInput {...control} autoComplete="new-password" {...form.register("confirmPassword")} />}
        </Field>
        <Button type="submit" size="lg" className="w-full">
          {busy ? <Loader2 aria-hidden className="animate-spin" /> : null}
          {busy ? "Setting up your account…" : "Set password and continue"}
        </Button>
      </fieldset>
    </form>
  );
}
