"use client";

import { useMutation } from "@tanstack/react-query";
import { Eye, Loader2 } from "lucide-react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useWatch } from "react-hook-form";
import type { Audience, CouplePhase } from "@/db/schema/_shared/enums";
import { assignableAudiences } from "@/db/schema/assignments/rules";
import type { TSchedule } from "@/db/schema/assignments/schedule";
import { ZAssignInput, type TAssignInput } from "@/db/schema/assignments/validation";
import { PHASE_NAMES } from "../couples/labels";
import { AUDIENCE_NAMES } from "../exercises/labels";
import { previewVariants } from "../exercises/preview-variants";
import { Textarea } from "../exercise-form/textarea";
import { Field } from "../forms/field";
import { FormAlert } from "../forms/form-alert";
import { applyServerErrors, useErrorFocus } from "../forms/server-errors";
import { useZodForm } from "../forms/use-zod-form";
import { useTRPC } from "../providers/trpc";
import { Button } from "../ui/button";
import { Card, CardContent, CardHeader, CardTitle } from "../ui/card";
import { Input } from "../ui/input";
import { addDays } from "@/db/schema/_shared/calendar";
import { NativeSelect } from "../ui/native-select";
import { ScheduleFields } from "./schedule-fields";

export interface AssignableTemplate {
  id: string;
  title: string;
  phase: CouplePhase;
  audience: Audience;
  estimatedMinutes: number;
  needsSafetyClearance: boolean;
  defaultSchedule: { kind: "once"; dueInDays: number } | { kind: "daily" } | { kind: "weekly"; weekdays: number[]; everyWeeks: number };
}

interface AssignFormProps {
  coupleId: string;
  coupleName: string;
  today: string;
  templates: AssignableTemplate[];
  initialTemplateId?: string | undefined;
}

/** The template's usual rhythm, turned into dates from the chosen start. */
export function scheduleFromDefault(template: AssignableTemplate, startsOn: string): TSchedule {
  const usual = template.defaultSchedule;
  if (usual.kind === "once") return { kind: "once", dueOn: addDays(startsOn, usual.dueInDays) };
  if (usual.kind === "daily") return { kind: "daily" };
  return { kind: "weekly", weekdays: usual.weekdays, everyWeeks: usual.everyWeeks };
}

/** Assigning in under a minute: pick the exercise, and its usual rhythm is filled in. */
export function AssignForm({ coupleId, coupleName, today, templates, initialTemplateId }: AssignFormProps) {
  const trpc = useTRPC();
  const router = useRouter();
  const first = templates.find((template) => template.id === initialTemplateId);
  const form = useZodForm(ZAssignInput, {
    defaultValues: {
      coupleId,
      templateId: first?.id ?? "",
      audience: first ? first.audience : undefined,
      startsOn: today,
      schedule: first ? scheduleFromDefault(first, today) : { kind: "once", dueOn: addDays(today, 7) },
      noteToCouple: "",
      visibilityOverrides: {},
    } satisfies Partial<TAssignInput> as TAssignInput,
  });
  const { errors, submitCount } = form.formState;
  const assign = useMutation(
    trpc.assignment.create.mutationOptions({
      onSuccess: () => router.push(`/couples/${coupleId}?assigned=1`),
      onError: (error): void => focusOn(applyServerErrors(error, form.setError)),
    }),
  );
  const busy = assign.isPending || assign.isSuccess;
  const { focusOn, alertRef } = useErrorFocus(form, busy);
  const templateId = useWatch({ control: form.control, name: "templateId" });
  const selected = templates.find((template) => template.id === templateId);
  const phases = [...new Set(templates.map((template) => template.phase))].sort();

  const applyDefaults = (id: string) => {
    const template = templates.find((candidate) => candidate.id === id);
    if (!template) return;
    form.setValue("audience", template.audience);
    form.setValue("schedule", scheduleFromDefault(template, form.getValues("startsOn")));
  };

  return (
    <form onSubmit={(event) => void form.handleSubmit((values) => assign.mutate(values))(event)} noValidate className="flex flex-col gap-6">
      <FormAlert message={errors.root?.server?.message} attempt={submitCount} alertRef={alertRef} />
      <fieldset disabled={busy} className="flex min-w-0 flex-col gap-6">
        <Card>
          <CardHeader>
            <CardTitle>Exercise</CardTitle>
          </CardHeader>
          <CardContent className="flex flex-col gap-5">
            <Field id="templateId" label="Exercise" error={errors.templateId?.message}>
              {(control) => (
                <NativeSelect {...control} {...form.register("templateId", { onChange: (event: { target: { value: string } }) => applyDefaults(event.target.value) })}>
                  <option value="">Choose an exercise…</option>
                  {phases.map((phase) => (
                    <optgroup key={phase} label={`${phase.toUpperCase()} · ${PHASE_NAMES[phase]}`}>
                      {templates
                        .filter((template) => template.phase === phase)
                        .map((template) => (
                          <option key={template.id} value={template.id}>
                            {template.title}
                          </option>
                        ))}
                    </optgroup>
                  ))}
                </NativeSelect>
              )}
            </Field>
            {selected ? (
              <div className="flex flex-col gap-2 rounded-md bg-muted/60 p-3 text-sm">
                <p>
                  Written for: {AUDIENCE_NAMES[selected.audience].toLowerCase()} · about {selected.estimatedMinutes} minutes
                  {selected.needsSafetyClearance ? " · needs a safety clearance" : ""}
                </p>
                <p className="flex flex-wrap gap-x-4 gap-y-1">
                  {previewVariants(selected.audience).map((variant) => (
                    <Link
                      key={variant}
                      href={`/library/${selected.id}/preview?as=${variant}`}
                      target="_blank"
                      className="inline-flex items-center gap-1 font-medium text-primary underline-offset-4 hover:underline"
                    >
                      <Eye aria-hidden className="size-4" /> What the {variant === "hp" ? "hurt" : "involved"} partner will see
                      <span className="sr-only"> (opens in a new tab)</span>
                    </Link>
                  ))}
                </p>
              </div>
            ) : null}
            <Field id="audience" label="Who does it" error={errors.audience?.message}>
              {(control) => (
                <NativeSelect {...control} {...form.register("audience")} disabled={!selected}>
                  {(selected ? assignableAudiences(selected.audience) : []).map((audience) => (
                    <option key={audience} value={audience}>
                      {AUDIENCE_NAMES[audience]}
                    </option>
                  ))}
                </NativeSelect>
              )}
            </Field>
          </CardContent>
        </Card>

        <Card>
          <CardHeader>
            <CardTitle>When</CardTitle>
          </CardHeader>
          <CardContent className="flex flex-col gap-5">
            <Field id="startsOn" label="Starts on" help={`Dates follow ${coupleName}'s own time zone.`} error={errors.startsOn?.message}>
              {(control) => <Input {...control} type="date" className="w-auto" {...form.register("startsOn")} />}
            </Field>
            <ScheduleFields form={form} />
          </CardContent>
        </Card>

        <Card>
          <CardHeader>
            <CardTitle>Note to the couple</CardTitle>
          </CardHeader>
          <CardContent>
            <Field id="noteToCouple" label="Note (optional)" help="Both partners see this note with the exercise." error={errors.noteToCouple?.message}>
              {(control) => <Textarea {...control} rows={3} {...form.register("noteToCouple")} />}
            </Field>
          </CardContent>
        </Card>

        <div className="flex flex-wrap justify-end gap-3">
          <Button asChild variant="outline">
            <Link href={`/couples/${coupleId}`}>Cancel</Link>
          </Button>
          <Button type="submit">
            {busy ? <Loader2 aria-hidden className="animate-spin" /> : null} Assign exercise
          </Button>
        </div>
      </fieldset>
    </form>
  );
}
