"use client";

import { Eye, EyeOff, Loader2 } from "lucide-react";
import { getSession, signIn } from "next-auth/react";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { LANDING_PATHS } from "@/server/auth/landing";
import { ZLoginInput } from "@/server/auth/schemas";
import { Field } from "../forms/field";
import { FormAlert } from "../forms/form-alert";
import { useErrorFocus } from "../forms/server-errors";
import { useZodForm } from "../forms/use-zod-form";
import { Button } from "../ui/button";
import { Input } from "../ui/input";

const BAD_CREDENTIALS = "That email and password don't match an account. Check both and try again.";
const UNAVAILABLE = "We couldn't sign you in just now. Please try again in a moment.";

/**
 * `onSignedIn` keeps the person where they are (re-authenticating over a form with
 * unsaved words); without it, sign-in goes on to `returnTo` or the role's start page.
 */
export function LoginForm({ returnTo, onSignedIn, idPrefix = "" }: { returnTo: string; onSignedIn?: () => void; idPrefix?: string }) {
  const router = useRouter();
  const [showPassword, setShowPassword] = useState(false);
  const form = useZodForm(ZLoginInput, { defaultValues: { email: "", password: "" } });
  const { errors, isSubmitting, submitCount } = form.formState;
  const { focusOn, alertRef } = useErrorFocus(form, isSubmitting);

  const onSubmit = form.handleSubmit(async (values) => {
    try {
      const result = await signIn("credentials", { ...values, redirect: false });
      if (result?.error && result.error !== "CredentialsSignin") {
        form.setError("root.server", { message: UNAVAILABLE });
        focusOn("_form");
        return;
      }
      if (!result?.ok) {
        // The same words whether the email is unknown or the password is wrong.
        form.setError("root.server", { message: BAD_CREDENTIALS });
        focusOn("password");
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

  return (
    <form onSubmit={(event) => void onSubmit(event)} noValidate className="flex flex-col gap-5">
      <FormAlert message={errors.root?.server?.message} attempt={submitCount} alertRef={alertRef} />
      <fieldset disabled={isSubmitting} className="flex flex-col gap-5">
        <Field id={`${idPrefix}email`} label="Email" error={errors.email?.message}>
          {(control) => <Input {...control} type="email" autoComplete="username" inputMode="email" {...form.register("email")} />}
        </Field>
        <Field id={`${idPrefix}password`} label="Password" error={errors.password?.message}>
          {(control) => (
            <div className="relative">
              <Input
                {...control}
                type={showPassword ? "text" : "password"}
                autoComplete="current-password"
                className="pr-11"
                {...form.register("password")}
              />
              <button
                type="button"
                onClick={() => setShowPassword((shown) => !shown)}
                aria-label={showPassword ? "Hide password" : "Show password"}
                aria-pressed={showPassword}
                className="absolute right-1 top-1/2 flex size-9 -translate-y-1/2 items-center justify-center rounded-md text-muted-foreground hover:bg-muted hover:text-foreground"
              >
                {showPassword ? <EyeOff aria-hidden className="size-4" /> : <Eye aria-hidden className="size-4" />}
              </button>
            </div>
          )}
        </Field>
        <Button type="submit" size="lg" className="w-full">
          {isSubmitting ? <Loader2 aria-hidden className="animate-spin" /> : null}
          {isSubmitting ? "Signing in…" : "Sign in"}
        </Button>
      </fieldset>
    </form>
  );
}
