"use client";

import { useMutation } from "@tanstack/react-query";
import { Loader2 } from "lucide-react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { Controller } from "react-hook-form";
import { PARTNER_LABELS, SECRETS_POLICIES } from "@/db/schema/_shared/enums";
import { ZCreateCoupleInput } from "@/db/schema/couples/validation";
import { Field } from "../forms/field";
import { FormAlert } from "../forms/form-alert";
import { applyServerErrors, useErrorFocus } from "../forms/server-errors";
import { useZodForm } from "../forms/use-zod-form";
import { useTRPC } from "../providers/trpc";
import { Button } from "../ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "../ui/card";
import { Input } from "../ui/input";
import { NativeSelect } from "../ui/native-select";
import { RadioCards } from "../ui/radio-cards";
import { formatTimeZone, PARTNER_LABEL_NAMES, POLICY_DESCRIPTIONS, POLICY_NAMES } from "./labels";

interface NewCoupleFormProps {
  timeZones: string[];
  defaultTimeZone: string;
}

export function NewCoupleForm({ timeZones, defaultTimeZone }: NewCoupleFormProps) {
  const trpc = useTRPC();
  const router = useRouter();
  const form = useZodForm(ZCreateCoupleInput, {
    defaultValues: {
      displayName: "",
      timeZone: defaultTimeZone,
      secretsPolicy: "limited_secrets",
      sendInvitations: true,
      // No label is preselected: a clinical label should be a deliberate choice.
      partners: [
        { displayName: "", email: "", label: undefined },
        { displayName: "", email: "", label: undefined },
      ],
    },
  });
  const { errors, submitCount } = form.formState;

  const create = useMutation(
    trpc.couple.create.mutationOptions({
      onSuccess: ({ id, invitationsSent }) => router.push(`/couples/${id}?created=${invitationsSent > 0 ? "invited" : "1"}`),
      onError: (error): void => focusOn(applyServerErrors(error, form.setError)),
    }),
  );
  const busy: boolean = create.isPending || create.isSuccess;
  const { focusOn, alertRef } = useErrorFocus(form, busy);

  return (
    <form onSubmit={(event) => void form.handleSubmit((values) => create.mutate(values))(event)} noValidate className="flex flex-col gap-6">
      <FormAlert message={errors.root?.server?.message} attempt={submitCount} alertRef={alertRef} />
      <fieldset disabled={busy} className="flex flex-col gap-6">
        <Card>
          <CardHeader>
            <CardTitle>The couple</CardTitle>
          </CardHeader>
          <CardContent className="flex flex-col gap-5">
            <Field
              id="displayName"
              label="Name on your caseload"
              help="Only you and your practice's clinicians see this name. Initials are fine."
              error={errors.displayName?.message}
            >
              {(control) => <Input {...control} autoComplete="off" placeholder="e.g. Rivera & Brooks" {...form.register("displayName")} />}
            </Field>
            <Field id="timeZone" label="Time zone" help="Due dates and reminders follow the couple's local time." error={errors.timeZone?.message}>
              {(control) => (
                <NativeSelect {...control} {...form.register("timeZone")}>
                  {timeZones.map((zone) => (
                    <option key={zone} value={zone}>
                      {formatTimeZone(zone)}
                    </option>
                  ))}
                </NativeSelect>
              )}
            </Field>
            <div className="flex flex-col gap-2">
              <span id="secretsPolicy-label" className="text-sm font-medium">
                Confidentiality policy
              </span>
              <p id="secretsPolicy-help" className="text-sm text-muted-foreground">
                Both partners read this policy and acknowledge it before they start.
              </p>
              <Controller
                control={form.control}
                name="secretsPolicy"
                render={({ field }) => (
                  <RadioCards
                    aria-labelledby="secretsPolicy-label"
                    aria-describedby="secretsPolicy-help"
                    value={field.value}
                    onValueChange={field.onChange}
                    disabled={busy}
                    options={SECRETS_POLICIES.map((policy) => ({
                      value: policy,
                      title: policy === "limited_secrets" ? `${POLICY_NAMES[policy]} (recommended)` : POLICY_NAMES[policy],
                      description: POLICY_DESCRIPTIONS[policy],
                    }))}
                  />
                )}
              />
              {errors.secretsPolicy ? <p className="text-sm font-medium text-destructive">{errors.secretsPolicy.message}</p> : null}
            </div>
          </CardContent>
        </Card>

        <Card>
          <CardHeader>
            <CardTitle>Partners</CardTitle>
            <CardDescription>
              Each partner gets an account of their own. Their role in the repair is visible only to you and is never
              mentioned in the invitation.
            </CardDescription>
          </CardHeader>
          <CardContent className="grid gap-8 md:grid-cols-2">
            {([0, 1] as const).map((index) => {
              const partnerErrors = errors.partners?.[index];
              return (
                <fieldset key={index} className="flex flex-col gap-4">
                  <legend className="mb-1 text-sm font-semibold text-foreground">Partner {index + 1}</legend>
                  <Field id={`partners.${index}.displayName`} label="Name" error={partnerErrors?.displayName?.message}>
                    {(control) => <Input {...control} autoComplete="off" {...form.register(`partners.${index}.displayName`)} />}
                  </Field>
                  <Field id={`partners.${index}.email`} label="Email" error={partnerErrors?.email?.message}>
                    {(control) => <Input {...control} type="email" autoComplete="off" inputMode="email" {...form.register(`partners.${index}.email`)} />}
                  </Field>
                  <Field
                    id={`partners.${index}.label`}
                    label="Role in the repair"
                    error={partnerErrors?.label?.message}
                  >
                    {(control) => (
                      <NativeSelect {...control} defaultValue="" {...form.register(`partners.${index}.label`)}>
                        <option value="" disabled>
                          Choose…
                        </option>
                        {PARTNER_LABELS.map((label) => (
                          <option key={label} value={label}>
                            {PARTNER_LABEL_NAMES[label]}
                          </option>
                        ))}
                      </NativeSelect>
                    )}
                  </Field>
                </fieldset>
              );
            })}
          </CardContent>
        </Card>

        <div className="flex items-start gap-3 rounded-md border border-border bg-surface p-4">
          <input
            id="sendInvitations"
            type="checkbox"
            className="mt-0.5 size-4 shrink-0 accent-primary focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-ring"
            aria-describedby="sendInvitations-help"
            {...form.register("sendInvitations")}
          />
          <div className="flex flex-col gap-1">
            <label htmlFor="sendInvitations" className="text-sm font-medium">
              Send both invitations now
            </label>
            <p id="sendInvitations-help" className="text-sm text-muted-foreground">
              Each partner gets an email with a link to set their password; it works once, for seven days. You can also send them later from the couple&apos;s page.
            </p>
          </div>
        </div>

        <div className="flex flex-col-reverse gap-3 sm:flex-row sm:justify-end">
          <Button variant="outline" asChild>
            <Link href="/caseload">Cancel</Link>
          </Button>
          <Button type="submit">
            {busy ? <Loader2 aria-hidden className="animate-spin" /> : null}
            {busy ? "Adding couple…" : "Add couple"}
          </Button>
        </div>
      </fieldset>
    </form>
  );
}
