"use client";

import { useMutation } from "@tanstack/react-query";
import { Loader2 } from "lucide-react";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { ZConfirmTwoFactorSetupInput } from "@/server/auth/two-factor-schemas";
import { Field } from "../forms/field";
import { FormAlert } from "../forms/form-alert";
import { applyServerErrors, useErrorFocus } from "../forms/server-errors";
import { useFocusOnMount } from "../forms/use-focus-on-mount";
import { useZodForm } from "../forms/use-zod-form";
import { useTRPC } from "../providers/trpc";
import { Alert } from "../ui/alert";
import { Button } from "../ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "../ui/card";
import { Input } from "../ui/input";
import { AuthenticatorKey } from "./authenticator-key";
import { ReauthForm } from "./reauth-form";
import { RecoveryCodes } from "./recovery-codes";

type Panel = "codes" | "replace" | "off" | null;

/** For an account with an authenticator: new recovery codes, a new app, or (partners only) turning it off. */
export function ManageTwoFactor({ recoveryCodesLeft, canTurnOff }: { recoveryCodesLeft: number; canTurnOff: boolean }) {
  const [open, setOpen] = useState<Panel>(null);
  const [done, setDone] = useState<string | null>(null);
  const toggle = (panel: Exclude<Panel, null>) => {
    setDone(null);
    setOpen((current) => (current === panel ? null : panel));
  };
  return (
    <div className="flex flex-col gap-4">
      {done ? <Alert tone="success">{done}</Alert> : null}
      <Card>
        <CardHeader>
          <CardTitle>Recovery codes</CardTitle>
          <CardDescription>
            {recoveryCodesLeft === 0
              ? "You have no unused recovery codes. Create new ones so a lost phone can't lock you out."
              : `You have ${recoveryCodesLeft} unused recovery ${recoveryCodesLeft === 1 ? "code" : "codes"}. Creating new ones makes all the old ones stop working.`}
          </CardDescription>
        </CardHeader>
        <CardContent>
          {open === "codes" ? (
            <RegenerateCodes onClose={() => setOpen(null)} />
          ) : (
            <Button variant="outline" onClick={() => toggle("codes")}>
              Create new recovery codes
            </Button>
          )}
        </CardContent>
      </Card>
      <Card>
        <CardHeader>
          <CardTitle>Authenticator app</CardTitle>
          <CardDescription>New phone? Move two-step verification to the app on it. Your current app keeps working until the new one is confirmed.</CardDescription>
        </CardHeader>
        <CardContent>
          {open === "replace" ? (
            <ReplaceAuthenticator
              onReplaced={() => {
                setOpen(null);
                setDone("Your new authenticator app is set up. Codes from the old one no longer work.");
              }}
            />
          ) : (
            <Button variant="outline" onClick={() => toggle("replace")}>
              Use a new authenticator app
            </Button>
          )}
        </CardContent>
      </Card>
      {canTurnOff ? (
        <Card>
          <CardHeader>
            <CardTitle>Turn off two-step verification</CardTitle>
            <CardDescription>Signing in will only ask for your password. Your recovery codes will stop working.</CardDescription>
          </CardHeader>
          <CardContent>{open === "off" ? <TurnOff /> : <Button variant="outline" onClick={() => toggle("off")}>Turn off…</Button>}</CardContent>
        </Card>
      ) : (
        <p className="text-sm text-muted-foreground">Counselors and administrators keep two-step verification on, because they can reach clients&apos; records.</p>
      )}
    </div>
  );
}

function RegenerateCodes({ onClose }: { onClose: () => void }) {
  const trpc = useTRPC();
  const router = useRouter();
  const regenerate = useMutation(trpc.account.regenerateRecoveryCodes.mutationOptions());
  if (regenerate.data) {
    return (
      <div className="flex flex-col gap-4">
        <RecoveryCodes codes={regenerate.data.recoveryCodes} />
        <Button
          className="w-fit"
          onClick={() => {
            onClose();
            router.refresh();
          }}
        >
          I&apos;ve saved them
        </Button>
      </div>
    );
  }
  return <ReauthForm idPrefix="codes" submitLabel="Create new codes" onSubmit={(values) => regenerate.mutateAsync(values)} />;
}

function ReplaceAuthenticator({ onReplaced }: { onReplaced: () => void }) {
  const trpc = useTRPC();
  const begin = useMutation(trpc.account.beginAuthenticatorReplacement.mutationOptions());
  if (begin.data) return <ConfirmNewApp material={begin.data} onReplaced={onReplaced} />;
  return <ReauthForm idPrefix="replace" submitLabel="Continue" onSubmit={(values) => begin.mutateAsync(values)} />;
}

function ConfirmNewApp({ material, onReplaced }: { material: { secret: string; qrDataUrl: string; pendingToken: string }; onReplaced: () => void }) {
  const trpc = useTRPC();
  const form = useZodForm(ZConfirmTwoFactorSetupInput, { defaultValues: { code: "" } });
  const { errors, submitCount } = form.formState;
  const confirm = useMutation(
    trpc.account.confirmAuthenticatorReplacement.mutationOptions({
      onSuccess: onReplaced,
      onError: (error): void => focusOn(applyServerErrors(error, form.setError)),
    }),
  );
  const { focusOn, alertRef } = useErrorFocus(form, confirm.isPending);
  const heading = useFocusOnMount<HTMLHeadingElement>();
  return (
    <div className="flex flex-col gap-5">
      <h3 ref={heading} tabIndex={-1} className="font-medium outline-none">
        Scan this with the new app
      </h3>
      <AuthenticatorKey secret={material.secret} qrDataUrl={material.qrDataUrl} />
      <form onSubmit={(event) => void form.handleSubmit(({ code }) => confirm.mutate({ code, pendingToken: material.pendingToken }))(event)} noValidate className="flex flex-col gap-5">
        <FormAlert message={errors.root?.server?.message} attempt={submitCount} alertRef={alertRef} />
        <fieldset disabled={confirm.isPending} className="flex flex-col gap-5">
          <Field id="replace-new-code" label="The 6-digit code the new app shows" error={errors.code?.message}>
            {(control) => (
              <Input {...control} autoComplete="one-time-code" inputMode="numeric" pattern="[0-9 ]*" maxLength={7} className="max-w-48 font-mono text-lg tracking-[0.3em]" {...form.register("code")} />
            )}
          </Field>
          <Button type="submit" className="w-fit">
            {confirm.isPending ? <Loader2 aria-hidden className="animate-spin" /> : null}
            Switch to the new app
          </Button>
        </fieldset>
      </form>
    </div>
  );
}

function TurnOff() {
  const trpc = useTRPC();
  const router = useRouter();
  const disable = useMutation(trpc.account.disableTwoFactor.mutationOptions({ onSuccess: () => router.refresh() }));
  return <ReauthForm idPrefix="off" submitLabel="Turn off two-step verification" destructive onSubmit={(values) => disable.mutateAsync(values)} />;
}
