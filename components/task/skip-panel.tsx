"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useId, useState } from "react";
import { SKIP_REASONS } from "@/db/schema/_shared/enums";
import { SKIP_REASON_LABELS } from "./labels";
import { useTRPC } from "../providers/trpc";
import { Alert } from "../ui/alert";
import { Button } from "../ui/button";

type Reason = (typeof SKIP_REASONS)[number];

/** "Can't do this one?": skip with an optional reason, which only the counselor sees. */
export function SkipPanel({ taskId }: { taskId: string }) {
  const trpc = useTRPC();
  const router = useRouter();
  const [reason, setReason] = useState<Reason | "">("");
  const skip = useMutation(trpc.task.skip.mutationOptions({ onSuccess: () => router.refresh() }));
  const legendId = useId();
  return (
    <details className="rounded-lg border border-border bg-surface px-4 py-3 sm:px-5">
      <summary className="cursor-pointer text-sm font-medium">Can&apos;t do this one?</summary>
      <div className="mt-3 flex flex-col gap-3">
        <p className="text-sm text-muted-foreground">
          It&apos;s fine to skip. If you like, tell your counselor why. Only your counselor sees the reason. Anything you have written so far stays saved.
        </p>
        <fieldset aria-labelledby={legendId} className="flex flex-col gap-2">
          <legend id={legendId} className="text-sm font-medium">
            Reason (optional)
          </legend>
          {SKIP_REASONS.map((value) => (
            <label key={value} className="flex items-center gap-2 text-sm">
              <input type="radio" name={`skip-${taskId}`} value={value} checked={reason === value} onChange={() => setReason(value)} className="size-4 accent-primary" />
              {SKIP_REASON_LABELS[value]}
            </label>
          ))}
        </fieldset>
        <div>
          <Button variant="outline" disabled={skip.isPending} onClick={() => skip.mutate(reason ? { taskId, reason } : { taskId })}>
            Skip this exercise
          </Button>
        </div>
        {skip.error ? <Alert tone="error">{skip.error.message}</Alert> : null}
      </div>
    </details>
  );
}
