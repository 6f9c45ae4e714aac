"use client";

import { useMutation } from "@tanstack/react-query";
import { Loader2 } from "lucide-react";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { ZInviteCounselorInput } from "@/db/schema/invitations/validation";
import { Field } from "../forms/field";
import { FormAlert } from "../forms/form-alert";
import { applyServerErrors, useErrorFocus } from "../forms/server-errors";
import { useZodForm } from "../forms/use-zod-form";
import { useTRPC } from "../providers/trpc";
import { Alert } from "../ui/alert";
import { Button } from "../ui/button";
import { Input } from "../ui/input";

/** Name and email: creates the counselor's account (no password) and emails the invitation. */
export function InviteCounselorForm() {
  const trpc = useTRPC();
  const router = useRouter();
  const [invited, setInvited] = useState<string | null>(null);
  const form = useZodForm(ZInviteCounselorInput, { defaultValues: { displayName: "", email: "" } });
  const { errors, submitCount } = form.formState;
  const invite = useMutation(
    trpc.practice.inviteCounselor.mutationOptions({
      onSuccess: (_result, { displayName }) => {
        setInvited(displayName);
        form.reset();
        router.refresh();
      },
      onError: (error): void => focusOn(applyServerErrors(error, form.setError)),
    }),
  );
  const { focusOn, alertRef } = useErrorFocus(form, invite.isPending);

  return (
    <form
      onSubmit={(event) => {
        setInvited(null);
        void form.handleSubmit((values) => invite.mutate(values))(event);
      }}
      noValidate
      className="flex flex-col gap-5"
    >
      <div aria-live="polite">{invited ? <Alert tone="success">{invited} has been invited. The link works once, for seven days.</Alert> : null}</div>
      <FormAlert message={errors.root?.server?.message} attempt={submitCount} alertRef={alertRef} />
      <fieldset disabled={invite.isPending} className="grid gap-5 sm:grid-cols-2">
        <Field id="displayName" label="Name" error={errors.displayName?.message}>
          {(control) => <Input {...control} autoComplete="off" {...form.register("displayName")} />}
        </Field>
        <Field id="email" label="Email" error={errors.email?.message}>
          {(control) => <Input {...control} type="email" autoComplete="off" inputMode="email" {...form.register("email")} />}
        </Field>
        <Button type="submit" className="w-fit sm:col-span-2">
          {invite.isPending ? <Loader2 aria-hidden className="animate-spin" /> : null}
          {invite.isPending ? "Inviting…" : "Invite counselor"}
        </Button>
      </fieldset>
    </form>
  );
}
