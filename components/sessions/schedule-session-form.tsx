"use client";

import { useMutation } from "@tanstack/react-query";
import { CalendarPlus } from "lucide-react";
import { useRouter } from "next/navigation";
import { ZScheduleSessionInput } from "@/db/schema/sessions/validation";
import { FormAlert } from "../forms/form-alert";
import { applyServerErrors, useErrorFocus } from "../forms/server-errors";
import { useZodForm } from "../forms/use-zod-form";
import { useTRPC } from "../providers/trpc";
import { Button } from "../ui/button";
import { SessionTimeFields } from "./session-time-fields";

/** "Schedule the next session": shown when the couple has no upcoming session. */
export function ScheduleSessionForm({ coupleId, timeZone, defaultDate }: { coupleId: string; timeZone: string; defaultDate: string }) {
  const trpc = useTRPC();
  const router = useRouter();
  const form = useZodForm(ZScheduleSessionInput, { defaultValues: { coupleId, date: defaultDate, time: "", durationMinutes: 50 } });
  const { errors, submitCount } = form.formState;
  const schedule = useMutation(
    trpc.session.schedule.mutationOptions({
      onSuccess: () => {
        form.reset({ coupleId, date: defaultDate, time: "", durationMinutes: 50 });
        router.refresh();
      },
      onError: (error): void => focusOn(applyServerErrors(error, form.setError)),
    }),
  );
  const busy = schedule.isPending;
  const { focusOn, alertRef } = useErrorFocus(form, busy);

  return (
    <form
      onSubmit={(event) => void form.handleSubmit((values) => schedule.mutate(values))(event)}
      noValidate
      aria-labelledby="schedule-title"
      className="flex flex-col gap-4 rounded-md border border-border p-4 print:hidden"
    >
      <h3 id="schedule-title" className="font-semibold">
        Schedule the next session
      </h3>
      <FormAlert message={errors.root?.server?.message} attempt={submitCount} alertRef={alertRef} />
      <fieldset disabled={busy} className="flex flex-col gap-4">
        <SessionTimeFields
          idPrefix="schedule"
          timeZone={timeZone}
          errors={{ date: errors.date?.message, time: errors.time?.message, durationMinutes: errors.durationMinutes?.message }}
          register={{ date: form.register("date"), time: form.register("time"), durationMinutes: form.register("durationMinutes") }}
        />
        <div>
          <Button type="submit">
            <CalendarPlus aria-hidden /> {busy ? "Scheduling…" : "Schedule session"}
          </Button>
        </div>
      </fieldset>
    </form>
  );
}
