"use client";

import { Loader2 } from "lucide-react";
import { getSession, signIn } from "next-auth/react";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { LANDING_PATHS } from "@/server/auth/landing";
import { ZLoginInput } from "@/server/auth/login-schema";
import { SIGN_IN_THROTTLED } from "@/server/auth/sign-in-errors";
import { twoFactorStepPath } from "@/server/auth/two-factor-step";
import { Field } from "../forms/field";
import { FormAlert } from "../forms/form-alert";
import { PasswordInput } from "../forms/password-input";
import { useErrorFocus } from "../forms/server-errors";
import { useZodForm } from "../forms/use-zod-form";
import { useTRPCClient } from "../providers/trpc";
import { Button } from "../ui/button";
import { Input } from "../ui/input";
import { TwoFactorForm } from "./two-factor-form";

const BAD_CREDENTIALS = "That email and password don't match an account. Check both and try again.";
const THROTTLED = "Too many sign-in attempts. Please wait a few minutes, then try again.";
const UNAVAILABLE = "We couldn't sign you in just now. Please try again in a moment.";

/**
 * `onSignedIn` keeps the person where they are (re-authenticating over a form with
 * unsaved words): the code step, if the account has one, follows in place. Without it,
 * sign-in goes on to the code step page, then `returnTo` or the role's start page.
 */
export function LoginForm({ returnTo, onSignedIn, idPrefix = "" }: { returnTo: string; onSignedIn?: () => void; idPrefix?: string }) {
  const router = useRouter();
  const trpcClient = useTRPCClient();
  const [codeStep, setCodeStep] = useState<{ demoCode: string | null } | null>(null);
  const form = useZodForm(ZLoginInput, { defaultValues: { email: "", password: "" } });
  const { errors, isSubmitting, submitCount } = form.formState;
  const { focusOn, alertRef } = useErrorFocus(form, isSubmitting);

  const onSubmit = form.handleSubmit(async (values) => {
    try {
      const result = await signIn("credentials", { ...values, redirect: false });
      if (result?.error && result.error !== "CredentialsSignin") {
        form.setError("root.server", { message: result.error === SIGN_IN_THROTTLED ? THROTTLED : UNAVAILABLE });
        focusOn("_form");
        return;
      }
      if (!result?.ok) {
        // The same words whether the email is unknown or the password is wrong.
        form.setError("root.server", { message: BAD_CREDENTIALS });
        focusOn("password");
        return;
      }
      const status = await trpcClient.account.twoFactorStatus.query();
      const step = twoFactorStepPath(status);
      if (step && onSignedIn && status.enrolled) return setCodeStep({ demoCode: status.demoCode });
      if (step) {
        router.replace(returnTo === "/" ? step : `${step}?callbackUrl=${encodeURIComponent(returnTo)}`);
        router.refresh();
        return;
      }
      if (onSignedIn) return onSignedIn();
      // Straight to the person's own start page, without a blank redirect hop through "/".
      const role = (await getSession())?.claims?.role;
      router.replace(returnTo === "/" && role ? LANDING_PATHS[role] : returnTo);
      router.refresh();
    } catch {
      form.setError("root.server", { message: UNAVAILABLE });
      focusOn("_form");
    }
  });

  if (codeStep) return <TwoFactorForm idPrefix={idPrefix} demoCode={codeStep.demoCode} onVerified={() => onSignedIn?.()} />;

  return (
    <form onSubmit={(event) => void onSubmit(event)} noValidate className="flex flex-col gap-5">
      <FormAlert message={errors.root?.server?.message} attempt={submitCount} alertRef={alertRef} />
      <fieldset disabled={isSubmitting} className="flex flex-col gap-5">
        <Field id={`${idPrefix}email`} label="Email" error={errors.email?.message}>
          {(control) => <Input {...control} type="email" autoComplete="username" inputMode="email" {...form.register("email")} />}
        </Field>
        <Field id={`${idPrefix}password`} label="Password" error={errors.password?.message}>
          {(control) => <PasswordInput {...control} autoComplete="current-password" {...form.register("password")} />}
        </Field>
        <Button type="submit" size="lg" className="w-full">
          {isSubmitting ? <Loader2 aria-hidden className="animate-spin" /> : null}
          {isSubmitting ? "Signing in…" : "Sign in"}
        </Button>
      </fieldset>
    </form>
  );
}
