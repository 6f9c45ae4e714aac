"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { ZRescheduleSessionInput } from "@/db/schema/sessions/validation";
import { FormAlert } from "../forms/form-alert";
import { applyServerErrors, useErrorFocus } from "../forms/server-errors";
import { useZodForm } from "../forms/use-zod-form";
import { formatSessionTime, wallClock } from "../prep/format";
import type { SessionRef } from "../prep/types";
import { useTRPC } from "../providers/trpc";
import { Alert } from "../ui/alert";
import { Badge } from "../ui/badge";
import { Button } from "../ui/button";
import { SessionTimeFields } from "./session-time-fields";

const STATUS = {
  scheduled: { text: "Scheduled", tone: "primary" },
  held: { text: "Held", tone: "success" },
  cancelled: { text: "Cancelled", tone: "neutral" },
} as const;

function RescheduleForm({ session, timeZone, onDone }: { session: SessionRef; timeZone: string; onDone: () => void }) {
  const trpc = useTRPC();
  const router = useRouter();
  const current = wallClock(session.scheduledAt, timeZone);
  const form = useZodForm(ZRescheduleSessionInput, {
    defaultValues: { sessionId: session.id, baseVersion: session.version, date: current.date, time: current.time, durationMinutes: session.durationMinutes },
  });
  const { errors, submitCount } = form.formState;
  const reschedule = useMutation(
    trpc.session.reschedule.mutationOptions({
      onSuccess: () => {
        onDone();
        router.refresh();
      },
      onError: (error): void => focusOn(applyServerErrors(error, form.setError)),
    }),
  );
  const busy = reschedule.isPending;
  const { focusOn, alertRef } = useErrorFocus(form, busy);
  const idPrefix = `reschedule-${session.id}`;
  return (
    <form
      onSubmit={(event) => void form.handleSubmit((values) => reschedule.mutate(values))(event)}
      noValidate
      aria-label={`Reschedule the session of ${formatSessionTime(session.scheduledAt, timeZone)}`}
      className="flex flex-col gap-3 rounded-md bg-muted/60 p-3"
    >
      <FormAlert message={errors.root?.server?.message} attempt={submitCount} alertRef={alertRef} />
      <fieldset disabled={busy} className="flex flex-col gap-3">
        <SessionTimeFields
          idPrefix={idPrefix}
          timeZone={timeZone}
          errors={{ date: errors.date?.message, time: errors.time?.message, durationMinutes: errors.durationMinutes?.message }}
          register={{ date: form.register("date"), time: form.register("time"), durationMinutes: form.register("durationMinutes") }}
        />
        <div className="flex flex-wrap gap-2">
          <Button type="submit" size="sm">
            {busy ? "Saving…" : "Save new time"}
          </Button>
          <Button size="sm" variant="ghost" onClick={onDone}>
            Keep the current time
          </Button>
        </div>
      </fieldset>
    </form>
  );
}

function SessionRow({ session, timeZone, canReopen }: { session: SessionRef; timeZone: string; canReopen: boolean }) {
  const trpc = useTRPC();
  const router = useRouter();
  const [mode, setMode] = useState<"idle" | "rescheduling" | "confirm-cancel">("idle");
  const setStatus = useMutation(
    trpc.session.setStatus.mutationOptions({
      onSuccess: () => {
        setMode("idle");
        router.refresh();
      },
    }),
  );
  const busy = setStatus.isPending;
  const when = formatSessionTime(session.scheduledAt, timeZone);
  const about = <span className="sr-only"> the session of {when}</span>;
  const set = (status: SessionRef["status"]) => setStatus.mutate({ sessionId: session.id, status, baseVersion: session.version });

  return (
    <li className="flex flex-col gap-3 p-3">
      <div className="flex flex-col gap-2 sm:flex-row sm:items-center sm:justify-between">
        <p className="flex flex-wrap items-center gap-2">
          <span className="font-medium">{when}</span>
          <span className="text-sm text-muted-foreground">{session.durationMinutes} min</span>
          <Badge tone={STATUS[session.status].tone}>{STATUS[session.status].text}</Badge>
        </p>
        <div className="flex flex-wrap gap-2 print:hidden">
          {session.status === "scheduled" && mode === "idle" ? (
            <>
              <Button size="sm" variant="outline" disabled={busy} onClick={() => set("held")}>
                Mark held{about}
              </Button>
              <Button size="sm" variant="outline" disabled={busy} onClick={() => setMode("rescheduling")}>
                Reschedule{about}
              </Button>
              <Button size="sm" variant="ghost" disabled={busy} onClick={() => setMode("confirm-cancel")}>
                Cancel…{about}
              </Button>
            </>
          ) : null}
          {session.status === "scheduled" && mode === "confirm-cancel" ? (
            <>
              <Button size="sm" variant="destructive" autoFocus disabled={busy} onClick={() => set("cancelled")}>
                Yes, cancel it
              </Button>
              <Button size="sm" variant="ghost" disabled={busy} onClick={() => setMode("idle")}>
                Keep it
              </Button>
            </>
          ) : null}
          {session.status !== "scheduled" && canReopen ? (
            <Button size="sm" variant="ghost" disabled={busy} onClick={() => set("scheduled")}>
              Set back to scheduled{about}
            </Button>
          ) : null}
        </div>
      </div>
      {mode === "rescheduling" ? <RescheduleForm session={session} timeZone={timeZone} onDone={() => setMode("idle")} /> : null}
      {setStatus.error ? <Alert tone="error">{setStatus.error.message}</Alert> : null}
    </li>
  );
}

const EARLIER_SHOWN = 3;

/**
 * The couple's sessions: still-scheduled ones first (soonest first), then the rest
 * (latest first). Only the latest past session can be set back to scheduled, to undo a
 * mistaken "held" or "cancel" without inviting edits to older history.
 */
export function SessionList({ sessions, timeZone }: { sessions: SessionRef[]; timeZone: string }) {
  const [showAll, setShowAll] = useState(false);
  if (sessions.length === 0) return null;
  const upcoming = sessions.filter((session) => session.status === "scheduled").sort((a, b) => a.scheduledAt.localeCompare(b.scheduledAt));
  const rest = sessions.filter((session) => session.status !== "scheduled").sort((a, b) => b.scheduledAt.localeCompare(a.scheduledAt));
  const shownRest = showAll ? rest : rest.slice(0, EARLIER_SHOWN);
  return (
    <div className="flex flex-col gap-2">
      <h3 id="sessions-title" className="font-semibold">
        Sessions
      </h3>
      <ul aria-labelledby="sessions-title" className="flex flex-col divide-y divide-border rounded-md border border-border">
        {upcoming.map((session) => (
          <SessionRow key={`${session.id}-${session.version}`} session={session} timeZone={timeZone} canReopen={false} />
        ))}
        {shownRest.map((session, index) => (
          <SessionRow key={`${session.id}-${session.version}`} session={session} timeZone={timeZone} canReopen={index === 0} />
        ))}
      </ul>
      {rest.length > EARLIER_SHOWN ? (
        <div className="print:hidden">
          <Button size="sm" variant="ghost" aria-expanded={showAll} onClick={() => setShowAll((value) => !value)}>
            {showAll ? "Show fewer sessions" : `Show ${rest.length - EARLIER_SHOWN} earlier ${rest.length - EARLIER_SHOWN === 1 ? "session" : "sessions"}`}
          </Button>
        </div>
      ) : null}
    </div>
  );
}
