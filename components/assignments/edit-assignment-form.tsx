"use client";

import { useMutation } from "@tanstack/react-query";
import { Loader2 } from "lucide-react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import type { Audience } from "@/db/schema/_shared/enums";
import type { TSchedule } from "@/db/schema/assignments/schedule";
import { ZEditAssignmentInput, type TEditAssignmentInput } from "@/db/schema/assignments/validation";
import { AUDIENCE_NAMES } from "../exercises/labels";
import { formatCalendarDate } from "../format";
import { Textarea } from "../exercise-form/textarea";
import { Field } from "../forms/field";
import { FormAlert } from "../forms/form-alert";
import { applyServerErrors, useErrorFocus } from "../forms/server-errors";
import { useZodForm } from "../forms/use-zod-form";
import { useTRPC } from "../providers/trpc";
import { Button } from "../ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "../ui/card";
import { PrivacyFields, type FieldPrivacy } from "./privacy-fields";
import { ScheduleFields } from "./schedule-fields";

export interface EditableAssignment {
  id: string;
  coupleId: string;
  coupleName: string;
  title: string;
  audience: Audience;
  startsOn: string;
  status: "active" | "paused";
  version: number;
  schedule: TSchedule;
  noteToCouple: string | null;
  fields: FieldPrivacy[];
}

/**
 * Changes to homework that is already under way: how often, the note, and making
 * answers more private. What partners have done or started is never changed.
 */
export function EditAssignmentForm({ assignment, today }: { assignment: EditableAssignment; today: string }) {
  const trpc = useTRPC();
  const router = useRouter();
  const detailHref = `/couples/${assignment.coupleId}/homework/${assignment.id}`;
  const form = useZodForm(ZEditAssignmentInput, {
    defaultValues: {
      assignmentId: assignment.id,
      baseVersion: assignment.version,
      schedule: assignment.schedule,
      noteToCouple: assignment.noteToCouple ?? "",
      visibilityOverrides: Object.fromEntries(assignment.fields.map((field) => [field.key, field.visibility])),
    } satisfies TEditAssignmentInput,
  });
  const { errors, submitCount } = form.formState;
  const [conflict, setConflict] = useState(false);
  const update = useMutation(
    trpc.assignment.update.mutationOptions({
      onSuccess: () => {
        router.push(detailHref);
        router.refresh();
      },
      onError: (error): void => {
        setConflict(error.data?.code === "CONFLICT");
        focusOn(applyServerErrors(error, form.setError));
      },
    }),
  );
  const busy = update.isPending || update.isSuccess;
  const { focusOn, alertRef } = useErrorFocus(form, busy);

  return (
    <form onSubmit={(event) => void form.handleSubmit((values) => update.mutate(values))(event)} noValidate className="flex flex-col gap-6">
      <FormAlert message={errors.root?.server?.message} attempt={submitCount} alertRef={alertRef} />
      {conflict ? (
        <div>
          {/* The page remounts this form per version, so a refresh starts from the current settings. */}
          <Button type="button" variant="outline" size="sm" onClick={() => router.refresh()}>
            Reload the current settings
          </Button>
        </div>
      ) : null}
      <fieldset disabled={busy} className="flex min-w-0 flex-col gap-6">
        <Card>
          <CardHeader>
            <CardTitle>Exercise</CardTitle>
            <CardDescription>To change these, end this homework and assign again.</CardDescription>
          </CardHeader>
          <CardContent>
            <dl className="grid gap-x-6 gap-y-3 text-sm sm:grid-cols-3">
              {(
                [
                  ["Exercise", assignment.title],
                  ["Who does it", AUDIENCE_NAMES[assignment.audience]],
                  ["Started on", formatCalendarDate(assignment.startsOn)],
                ] as const
              ).map(([term, value]) => (
                <div key={term}>
                  <dt className="text-muted-foreground">{term}</dt>
                  <dd className="mt-1 font-medium">{value}</dd>
                </div>
              ))}
            </dl>
          </CardContent>
        </Card>

        <Card>
          <CardHeader>
            <CardTitle>When</CardTitle>
            <CardDescription>
              {assignment.status === "paused"
                ? "This homework is paused. The new schedule takes effect when you resume it."
                : "Changes apply from tomorrow. Tasks due today or earlier, and any a partner has started, stay as they are."}{" "}
              Dates follow {assignment.coupleName}&apos;s own time zone.
            </CardDescription>
          </CardHeader>
          <CardContent>
            <ScheduleFields form={form} datesFrom={today > assignment.startsOn ? today : assignment.startsOn} />
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

        <PrivacyFields form={form} fields={assignment.fields} />

        <div className="flex flex-wrap justify-end gap-3">
          <Button asChild variant="outline">
            <Link href={detailHref}>Cancel</Link>
          </Button>
          <Button type="submit">
            {busy ? <Loader2 aria-hidden className="animate-spin" /> : null} Save changes
          </Button>
        </div>
      </fieldset>
    </form>
  );
}
