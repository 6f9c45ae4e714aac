"use client";

import { useMutation } from "@tanstack/react-query";
import { KeyRound, Loader2 } from "lucide-react";
import { useEffect, useRef, useState } from "react";
import { ZVerifyTwoFactorInput } from "@/server/auth/two-factor-schemas";
import { Field } from "../forms/field";
import { FormAlert } from "../forms/form-alert";
import { applyServerErrors, useErrorFocus } from "../forms/server-errors";
import { useZodForm } from "../forms/use-zod-form";
import { useTRPC } from "../providers/trpc";
import { Alert } from "../ui/alert";
import { Button } from "../ui/button";
import { Input } from "../ui/input";

/** "123456" → "123 456", easier to read aloud and to compare with an app. */
function spaced(code: string) {
  return `${code.slice(0, 3)} ${code.slice(3)}`;
}

/**
 * The second step of signing in: the code an authenticator app shows, or (switched
 * explicitly, because phones then need a letter keyboard) one of the recovery codes.
 */
export function TwoFactorForm({ demoCode, onVerified, idPrefix = "" }: { demoCode: string | null; onVerified: (recoveryCodesLeft: number | null) => void; idPrefix?: string }) {
  const trpc = useTRPC();
  const [recovery, setRecovery] = useState(false);
  const form = useZodForm(ZVerifyTwoFactorInput, { defaultValues: { code: "" } });
  const { errors, submitCount } = form.formState;
  const verify = useMutation(
    trpc.account.verifyTwoFactor.mutationOptions({
      onSuccess: (result) => onVerified(result.recoveryCodesLeft),
      onError: (error): void => focusOn(applyServerErrors(error, form.setError)),
    }),
  );
  const busy = verify.isPending || verify.isSuccess;
  const { focusOn, alertRef } = useErrorFocus(form, busy);
  const fieldId = `${idPrefix}two-factor-code`;
  // After switching between app and recovery code, focus follows to the new field.
  const switched = useRef(false);
  useEffect(() => {
    if (!switched.current) return;
    switched.current = false;
    form.setFocus("code");
  }, [recovery, form]);

  return (
    <form onSubmit={(event) => void form.handleSubmit((values) => verify.mutate(values))(event)} noValidate className="flex flex-col gap-5">
      {demoCode ? (
        <Alert>
          <p>
            <strong>Demo practice:</strong> today&apos;s code is <span className="whitespace-nowrap font-mono text-base tracking-wider">{spaced(demoCode)}</span> (it
            changes every 30 seconds; reload the page for a fresh one). Real practices never show this: their people use an authenticator app.
          </p>
        </Alert>
      ) : null}
      <FormAlert message={errors.root?.server?.message} attempt={submitCount} alertRef={alertRef} />
      <fieldset disabled={busy} className="flex flex-col gap-5">
        <Field
          key={recovery ? "recovery" : "app"}
          id={fieldId}
          label={recovery ? "Recovery code" : "6-digit code"}
          help={recovery ? "One of the codes you saved when you set up two-step verification, like ABCDE-FGHJK. Each works once." : "Open your authenticator app and enter the code it shows for Trellis."}
          error={errors.code?.message}
        >
          {(control) =>
            recovery ? (
              <Input {...control} autoComplete="off" autoCapitalize="characters" spellCheck={false} className="font-mono tracking-wider" {...form.register("code")} />
            ) : (
              <Input {...control} autoComplete="one-time-code" inputMode="numeric" pattern="[0-9 ]*" maxLength={7} className="font-mono text-lg tracking-[0.3em]" {...form.register("code")} />
            )
          }
        </Field>
        <Button type="submit" size="lg" className="w-full">
          {busy ? <Loader2 aria-hidden className="animate-spin" /> : null}
          {busy ? "Checking…" : "Verify"}
        </Button>
        <Button
          variant="link"
          className="h-auto self-center p-0"
          onClick={() => {
            switched.current = true;
            form.reset({ code: "" });
            setRecovery((value) => !value);
          }}
        >
          <KeyRound aria-hidden />
          {recovery ? "Use the code from my app instead" : "Use a recovery code instead"}
        </Button>
      </fieldset>
    </form>
  );
}
