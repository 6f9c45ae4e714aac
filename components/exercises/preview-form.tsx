"use client";

import { useMutation } from "@tanstack/react-query";
import type { Answers } from "@/db/schema/exercises/answers";
import type { Variant } from "@/db/schema/exercises/definition";
import type { PartnerForm } from "@/db/schema/exercises/partner-form";
import { ExerciseForm } from "../exercise-form/exercise-form";
import { useTRPC } from "../providers/trpc";
import { Alert } from "../ui/alert";

interface PreviewFormProps {
  templateId: string;
  version: number;
  variant: Variant;
  form: PartnerForm;
}

const format = (value: number) => (Number.isInteger(value) ? String(value) : value.toFixed(2));

/**
 * The partner's form, checked on submit by the server exactly as a real submission
 * would be. Nothing is saved; the result (and any scores) is shown to the counselor.
 */
export function PreviewForm({ templateId, version, variant, form }: PreviewFormProps) {
  const trpc = useTRPC();
  const check = useMutation(trpc.library.checkPreview.mutationOptions());
  const onSubmit = async (answers: Answers) => {
    await check.mutateAsync({ templateId, version, variant, answers }).catch(() => undefined);
  };
  return (
    <div className="flex flex-col gap-6">
      <ExerciseForm key={variant} form={form} onSubmit={onSubmit} submitLabel="Check answers" idPrefix={`preview-${variant}`} sectionHeading="h3" />
      {check.isSuccess ? (
        <Alert tone="success">
          <span>These answers would be accepted. Nothing was saved.</span>
          {check.data.scores.length > 0 ? (
            <span>
              Scores you would see:{" "}
              {check.data.scores.map((score) => `${score.label} ${score.value === null ? "incomplete" : format(score.value)}`).join(" · ")}
            </span>
          ) : null}
        </Alert>
      ) : null}
      {check.error ? <Alert tone="error">{check.error.message}</Alert> : null}
    </div>
  );
}
