"use client";

import { useRouter } from "next/navigation";
import { useEffect, useState } from "react";
import { TRPCClientError } from "@trpc/client";
import type { Answers } from "@/db/schema/exercises/answers";
import { partnerFormFields, type PartnerForm } from "@/db/schema/exercises/partner-form";
import type { OwnFieldSharing } from "../providers/router-types";
import { AnswerList } from "../answers/answer-list";
import { ExerciseForm } from "../exercise-form/exercise-form";
import { useTRPCClient } from "../providers/trpc";
import { Alert } from "../ui/alert";
import { Button } from "../ui/button";
import { SharingControls } from "./sharing-controls";

interface SubmittedAnswersProps {
  taskId: string;
  form: PartnerForm;
  answers: Answers;
  version: number;
  sharing: Record<string, OwnFieldSharing>;
  timeZone: string;
}

/**
 * What the author sent, read-only, with who can read each answer. An amendment is a
 * new revision; the one before stays with the counselor.
 */
export function SubmittedAnswers({ taskId, form, answers, version, sharing, timeZone }: SubmittedAnswersProps) {
  const client = useTRPCClient();
  const router = useRouter();
  const [amending, setAmending] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  useEffect(() => {
    if (!amending) return;
    // An amendment is not autosaved, so leaving mid-way asks first.
    const guard = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener("beforeunload", guard);
    return () => window.removeEventListener("beforeunload", guard);
  }, [amending]);

  if (amending) {
    return (
      <div className="flex flex-col gap-4">
        <Alert>
          Change what you need and save. Your counselor keeps the earlier version too. Anything you already shared stays shared as it was until you share it
          again.
        </Alert>
        <ExerciseForm
          form={form}
          idPrefix="amend"
          defaultAnswers={answers}
          submitLabel="Save amendment"
          onSubmit={async (next) => {
            setProblem(null);
            try {
              const result = await client.task.amend.mutate({ taskId, baseVersion: version, answers: next });
              setAmending(false);
              if (result.showCrisisResources) router.replace(`/tasks/${taskId}?help=1`);
              else router.refresh();
            } catch (error) {
              setProblem(error instanceof TRPCClientError ? error.message : "We couldn't save the amendment. Check your connection and try again.");
            }
          }}
          footer={
            <Button variant="ghost" onClick={() => setAmending(false)}>
              Cancel
            </Button>
          }
        />
        {problem ? <Alert tone="error">{problem}</Alert> : null}
      </div>
    );
  }

  const rows = partnerFormFields(form)
    .filter((field) => Object.hasOwn(answers, field.key))
    .map((field) => ({
      field,
      value: answers[field.key],
      aside: sharing[field.key] ? (
        <SharingControls taskId={taskId} fieldKey={field.key} label={field.label} sharing={sharing[field.key]!} pairedReveal={field.pairedReveal} timeZone={timeZone} />
      ) : null,
    }));
  return (
    <div className="flex flex-col gap-6">
      <AnswerList rows={rows} empty="You submitted this without answering any optional questions." />
      <div>
        <Button variant="outline" onClick={() => setAmending(true)}>
          Add an amendment
        </Button>
      </div>
    </div>
  );
}
