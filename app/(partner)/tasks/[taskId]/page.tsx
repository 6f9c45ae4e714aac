import { ArrowLeft, Clock, Users } from "lucide-react";
import Link from "next/link";
import { AnswerList } from "@/components/answers/answer-list";
import { formatCalendarDate, formatDateTime, paragraphsOf } from "@/components/format";
import { CrisisResources } from "@/components/safety/crisis-resources";
import { PinToggle } from "@/components/task/pin-toggle";
import { SkipPanel } from "@/components/task/skip-panel";
import { SKIP_REASON_LABELS } from "@/components/task/labels";
import { SubmittedAnswers } from "@/components/task/submitted-answers";
import { TaskAnswerForm } from "@/components/task/task-answer-form";
import { TaskStatusBadge } from "@/components/task/task-status-badge";
import { Alert } from "@/components/ui/alert";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { partnerFormFields } from "@/db/schema/exercises/partner-form";
import { loadCrisisResources } from "@/server/api/load-crisis-resources";
import { loadTask } from "./load-task";

type Params = { params: Promise<{ taskId: string }> };
type PageProps = Params & { searchParams: Promise<{ help?: string }> };

export async function generateMetadata({ params }: Params) {
  const { taskId } = await params;
  return { title: (await loadTask(taskId)).form.title };
}

const VIA_TEXT = { shared: "Shared with you", author_share: "Your partner chose to share this", counselor_release: "Released by your counselor" } as const;

export default async function TaskPage({ params, searchParams }: PageProps) {
  const { taskId } = await params;
  const { help } = await searchParams;
  const { task, form, response, sharing, fromPartner } = await loadTask(taskId);
  const crisisResources = help === "1" && response?.state === "submitted" ? await loadCrisisResources() : null;
  const draftAnswers = response?.answers ?? {};
  const draftRows = partnerFormFields(form)
    .filter((field) => Object.hasOwn(draftAnswers, field.key))
    .map((field) => ({ field, value: draftAnswers[field.key] }));

  return (
    <div className="mx-auto flex w-full max-w-2xl flex-col gap-6">
      <Link href="/today" className="inline-flex w-fit items-center gap-1.5 text-sm font-medium text-primary underline-offset-4 hover:underline">
        <ArrowLeft aria-hidden className="size-4" /> Today
      </Link>
      <header className="flex flex-col gap-2">
        <h1 className="text-2xl font-semibold tracking-tight sm:text-3xl">{form.title}</h1>
        <p className="flex flex-wrap items-center gap-x-3 gap-y-1 text-sm text-muted-foreground">
          <span className="inline-flex items-center gap-1">
            <Clock aria-hidden className="size-4" /> About {form.estimatedMinutes} {form.estimatedMinutes === 1 ? "minute" : "minutes"}
          </span>
          <span>Due by the end of {formatCalendarDate(task.dueOn, { weekday: true })}</span>
          <TaskStatusBadge status={task.status} isLate={task.isLate} />
        </p>
        {task.isJoint ? (
          <p className="inline-flex items-start gap-1.5 text-sm text-muted-foreground">
            <Users aria-hidden className="mt-0.5 size-4 shrink-0" /> You do this one together. Each of you writes your own part, and you each read the
            other&apos;s once it&apos;s submitted.
          </p>
        ) : null}
      </header>

      {crisisResources ? (
        <CrisisResources
          resources={crisisResources}
          intro="Thank you for telling us. Some of what you wrote sounds hard to carry alone. Your counselor will see it, but if you need someone now, these are there for you."
        />
      ) : null}

      {task.noteToCouple ? (
        <Card>
          <CardHeader>
            <CardTitle>A note from your counselor</CardTitle>
          </CardHeader>
          <CardContent>
            <p className="whitespace-pre-wrap">{task.noteToCouple}</p>
          </CardContent>
        </Card>
      ) : null}

      <section aria-labelledby="instructions" className="flex flex-col gap-2">
        <h2 id="instructions" className="sr-only">
          Instructions
        </h2>
        {paragraphsOf(form.instructions).map((paragraph, index) => (
          <p key={index} className="text-base leading-relaxed">
            {paragraph}
          </p>
        ))}
      </section>

      {response?.state === "submitted" ? (
        <section aria-labelledby="your-answers" className="flex flex-col gap-4">
          <Alert tone="success">
            Submitted {response.submittedAt ? `on ${formatDateTime(response.submittedAt, task.timeZone)}` : ""}
            {task.isLate ? ", after the due date. Thank you for finishing it." : ". Thank you."}
            {response.amended ? " You have amended it since." : ""}
          </Alert>
          <h2 id="your-answers" className="text-lg font-semibold">
            Your answers
          </h2>
          <SubmittedAnswers taskId={task.id} form={form} answers={response.answers} version={response.version} sharing={sharing} timeZone={task.timeZone} />
          <PinToggle taskId={task.id} pinned={response.pinnedForSession} />
        </section>
      ) : task.status === "not_started" || task.status === "in_progress" ? (
        task.paused ? (
          <>
            <Alert>Your counselor has paused this exercise for now. Anything you wrote is kept.</Alert>
            {draftRows.length > 0 ? <AnswerList rows={draftRows} /> : null}
          </>
        ) : (
          <>
            {task.lateNow ? (
              <Alert>
                This was due on {formatCalendarDate(task.dueOn, { weekday: true })}. You can still send it until {formatDateTime(task.graceUntil, task.timeZone)};
                it will show as late, and that&apos;s fine.
              </Alert>
            ) : null}
            <TaskAnswerForm
              taskId={task.id}
              form={form}
              draft={response ? { answers: response.answers, version: response.version, savedAt: response.savedAt } : null}
              timeZone={task.timeZone}
            />
            {task.canSkip ? <SkipPanel taskId={task.id} /> : null}
          </>
        )
      ) : (
        <>
          <Alert>
            {task.status === "skipped"
              ? `You skipped this exercise${task.skipReason ? ` (${SKIP_REASON_LABELS[task.skipReason].toLowerCase()})` : ""}. That's okay.`
              : `This exercise closed on ${formatDateTime(task.graceUntil, task.timeZone)}, so it can no longer be sent. Your counselor can talk it through with you.`}
          </Alert>
          {draftRows.length > 0 ? (
            <section aria-labelledby="your-draft" className="flex flex-col gap-3">
              <h2 id="your-draft" className="text-lg font-semibold">
                What you had written
              </h2>
              <p className="text-sm text-muted-foreground">Only you can see this draft.</p>
              <AnswerList rows={draftRows} />
            </section>
          ) : null}
        </>
      )}

      {fromPartner.length > 0 ? (
        <Card aria-labelledby="from-partner">
          <CardHeader>
            <CardTitle id="from-partner">From your partner</CardTitle>
          </CardHeader>
          <CardContent>
            <AnswerList rows={fromPartner.map((answer) => ({ field: answer.field, value: answer.value, aside: <p className="text-sm text-muted-foreground">{VIA_TEXT[answer.via]}</p> }))} />
          </CardContent>
        </Card>
      ) : null}
    </div>
  );
}
