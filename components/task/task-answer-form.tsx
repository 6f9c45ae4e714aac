"use client";

import { TRPCClientError } from "@trpc/client";
import { useRouter } from "next/navigation";
import { useRef, useState } from "react";
import type { Answers } from "@/db/schema/exercises/answers";
import type { PartnerForm } from "@/db/schema/exercises/partner-form";
import { ExerciseForm } from "../exercise-form/exercise-form";
import { useTRPCClient } from "../providers/trpc";
import { Alert } from "../ui/alert";
import { Button } from "../ui/button";
import { SaveStatus } from "./save-status";
import { useAutosave } from "./use-autosave";

interface TaskAnswerFormProps {
  taskId: string;
  form: PartnerForm;
  draft: { answers: Answers; version: number; savedAt: Date } | null;
  timeZone: string;
}

/**
 * The partner's form for one task: autosaves the draft, and submits exactly once.
 * Each submit attempt carries one key, reused if the same attempt is retried, so a
 * double click or a retry after a dropped connection can't create a second submission.
 */
export function TaskAnswerForm({ taskId, form, draft, timeZone }: TaskAnswerFormProps) {
  const client = useTRPCClient();
  const router = useRouter();
  const autosave = useAutosave({ taskId, initialVersion: draft?.version ?? 0, initialSavedAt: draft?.savedAt ?? null });
  const submitKey = useRef<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const conflict = autosave.state.kind === "conflict" ? autosave.state.message : null;

  const submit = async (answers: Answers) => {
    setProblem(null);
    const { version, conflict: stale } = await autosave.settle();
    if (stale) return;
    submitKey.current ??= crypto.randomUUID();
    try {
      const result = await client.task.submit.mutate({ taskId, baseVersion: version, answers, submitKey: submitKey.current });
      // Answers that raised a safety flag: the submitted view opens with where to get help.
      if (result.showCrisisResources) router.replace(`/tasks/${taskId}?help=1`);
      else router.refresh();
    } catch (error) {
      const code = error instanceof TRPCClientError ? (error.data as { code?: string } | undefined)?.code : undefined;
      // Refused for a reason (not a lost connection): the next attempt is a new submission.
      if (code) submitKey.current = null;
      autosave.markDirty();
      if (code === "BAD_REQUEST" || code === "CONFLICT") {
        const fieldErrors = (error as TRPCClientError<never>).data as { fieldErrors?: Record<string, string[]> } | undefined;
        const first = Object.entries(fieldErrors?.fieldErrors ?? {}).find(([key]) => key !== "_form")?.[1]?.[0];
        setProblem(first ? `${(error as Error).message} ${first}` : (error as Error).message);
      } else if (code) {
        setProblem((error as Error).message);
      } else {
        setProblem("We couldn't reach Trellis to submit. Your answers are still here; check your connection and press Submit again.");
      }
    }
  };

  return (
    <div className="flex flex-col gap-6">
      {conflict ? (
        <Alert tone="error">
          <p>{conflict}</p>
          <div>
            <Button size="sm" variant="outline" onClick={() => window.location.reload()}>
              Reload the latest version
            </Button>
          </div>
        </Alert>
      ) : null}
      <ExerciseForm
        form={form}
        defaultAnswers={draft?.answers}
        onValuesChange={autosave.onChange}
        onFieldBlur={autosave.saveNow}
        onSubmit={submit}
        submitLabel="Submit"
        footer={<SaveStatus state={autosave.state} timeZone={timeZone} onSignedIn={autosave.retryNow} />}
      />
      {problem ? <Alert tone="error">{problem}</Alert> : null}
    </div>
  );
}
