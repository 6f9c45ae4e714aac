"use client";

import { useMutation } from "@tanstack/react-query";
import { Loader2 } from "lucide-react";
import { useState } from "react";
import { ZBeginTwoFactorSetupInput, ZConfirmTwoFactorSetupInput } from "@/server/auth/two-factor-schemas";
import { Field } from "../forms/field";
import { FormAlert } from "../forms/form-alert";
import { PasswordInput } from "../forms/password-input";
import { applyServerErrors, useErrorFocus } from "../forms/server-errors";
import { useFocusOnMount } from "../forms/use-focus-on-mount";
import { useZodForm } from "../forms/use-zod-form";
import { useTRPC } from "../providers/trpc";
import { Button } from "../ui/button";
import { Input } from "../ui/input";
import { AuthenticatorKey } from "./authenticator-key";
import { RecoveryCodes } from "./recovery-codes";

interface Material {
  secret: string;
  qrDataUrl: string;
}

/**
 * Setting up an authenticator in three steps, each replacing the last: the password
 * again, then the QR code (or key) and the app's first code, then the recovery codes,
 * shown once. `onDone` runs when the person says they have saved them.
 */
export function TwoFactorSetup({ onDone, doneLabel }: { onDone: () => void; doneLabel: string }) {
  const [material, setMaterial] = useState<Material | null>(null);
  const [codes, setCodes] = useState<string[] | null>(null);

  if (codes) return <CodesStep codes={codes} onDone={onDone} doneLabel={doneLabel} />;
  if (material) return <ScanStep material={material} onConfirmed={setCodes} />;
  return <PasswordStep onStarted={setMaterial} />;
}

function CodesStep({ codes, onDone, doneLabel }: { codes: string[]; onDone: () => void; doneLabel: string }) {
  const heading = useFocusOnMount<HTMLHeadingElement>();
  return (
    <section aria-labelledby="setup-codes-heading" className="flex flex-col gap-4">
      <h2 id="setup-codes-heading" tabIndex={-1} ref={heading} className="text-lg font-semibold outline-none">
        Two-step verification is on. Save your recovery codes
      </h2>
      <RecoveryCodes codes={codes} />
      <Button className="w-fit" onClick={onDone}>
        {doneLabel}
      </Button>
    </section>
  );
}

function PasswordStep({ onStarted }: { onStarted: (material: Material) => void }) {
  const trpc = useTRPC();
  const form = useZodForm(ZBeginTwoFactorSetupInput, { defaultValues: { currentPassword: "" } });
  const { errors, submitCount } = form.formState;
  const begin = useMutation(
    trpc.account.beginTwoFactorSetup.mutationOptions({
      onSuccess: onStarted,
      onError: (error): void => focusOn(applyServerErrors(error, form.setError)),
    }),
  );
  const { focusOn, alertRef } = useErrorFocus(form, begin.isPending);
  return (
    <form onSubmit={(event) => void form.handleSubmit((values) => begin.mutate(values))(event)} noValidate className="flex flex-col gap-5">
      <p className="text-sm text-muted-foreground">First, confirm it&apos;s you. You&apos;ll need an authenticator app on your phone, such as Google Authenticator, Microsoft Authenticator, 1Password or Aegis.</p>
      <FormAlert message={errors.root?.server?.message} attempt={submitCount} alertRef={alertRef} />
      <fieldset disabled={begin.isPending} className="flex flex-col gap-5">
        <Field id="setup-password" label="Your password" error={errors.currentPassword?.message}>
          {(control) => <PasswordInput {...control} autoComplete="current-password" {...form.register("currentPassword")} />}
        </Field>
        <Button type="submit" className="w-fit">
          {begin.isPending ? <Loader2 aria-hidden className="animate-spin" /> : null}
          Continue
        </Button>
      </fieldset>
    </form>
  );
}

function ScanStep({ material, onConfirmed }: { material: Material; onConfirmed: (codes: string[]) => void }) {
  const trpc = useTRPC();
  const form = useZodForm(ZConfirmTwoFactorSetupInput, { defaultValues: { code: "" } });
  const { errors, submitCount } = form.formState;
  const confirm = useMutation(
    trpc.account.confirmTwoFactorSetup.mutationOptions({
      onSuccess: ({ recoveryCodes }) => onConfirmed(recoveryCodes),
      onError: (error): void => focusOn(applyServerErrors(error, form.setError)),
    }),
  );
  const { focusOn, alertRef } = useErrorFocus(form, confirm.isPending);
  const heading = useFocusOnMount<HTMLHeadingElement>();
  return (
    <section aria-labelledby="setup-scan-heading" className="flex flex-col gap-5">
      <h2 id="setup-scan-heading" tabIndex={-1} ref={heading} className="text-lg font-semibold outline-none">
        Add Trellis to your authenticator app
      </h2>
      <AuthenticatorKey secret={material.secret} qrDataUrl={material.qrDataUrl} />
      <form onSubmit={(event) => void form.handleSubmit((values) => confirm.mutate(values))(event)} noValidate className="flex flex-col gap-5">
        <FormAlert message={errors.root?.server?.message} attempt={submitCount} alertRef={alertRef} />
        <fieldset disabled={confirm.isPending} className="flex flex-col gap-5">
          <Field id="setup-code" label="The 6-digit code your app now shows" error={errors.code?.message}>
            {(control) => (
              <Input {...control} autoComplete="one-time-code" inputMode="numeric" pattern="[0-9 ]*" maxLength={7} className="max-w-48 font-mono text-lg tracking-[0.3em]" {...form.register("code")} />
            )}
          </Field>
          <Button type="submit" className="w-fit">
            {confirm.isPending ? <Loader2 aria-hidden className="animate-spin" /> : null}
            Turn on two-step verification
          </Button>
        </fieldset>
      </form>
    </section>
  );
}
