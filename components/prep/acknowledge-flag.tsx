"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useId, useState } from "react";
import { ZAcknowledgeFlagInput } from "@/db/schema/safety/validation";
import { useTRPC } from "../providers/trpc";
import { Button } from "../ui/button";

/** Records that the counselor saw a flag and what they did about it. */
export function AcknowledgeFlag({ flagId }: { flagId: string }) {
  const trpc = useTRPC();
  const router = useRouter();
  const id = useId();
  const [open, setOpen] = useState(false);
  const [actionTaken, setActionTaken] = useState("");
  const [problem, setProblem] = useState<string | null>(null);
  const acknowledge = useMutation(
    trpc.flag.acknowledge.mutationOptions({
      onSuccess: () => router.refresh(),
      onError: (error) => setProblem(error.message),
    }),
  );
  if (!open) {
    return (
      <Button size="sm" variant="outline" className="w-fit print:hidden" onClick={() => setOpen(true)}>
        Acknowledge…
      </Button>
    );
  }
  return (
    <form
      className="flex flex-col gap-2 print:hidden"
      onSubmit={(event) => {
        event.preventDefault();
        const parsed = ZAcknowledgeFlagInput.safeParse({ flagId, actionTaken });
        if (!parsed.success) return setProblem(parsed.error.issues[0]?.message ?? "Say briefly what you did.");
        setProblem(null);
        acknowledge.mutate(parsed.data);
      }}
    >
      <label htmlFor={id} className="text-sm font-medium">
        What you did
      </label>
      <textarea
        id={id}
        rows={2}
        value={actionTaken}
        autoFocus
        onChange={(event) => setActionTaken(event.target.value)}
        aria-invalid={problem ? true : undefined}
        aria-describedby={problem ? `${id}-problem` : undefined}
        className="w-full rounded-md border border-input bg-surface px-3 py-2 text-base sm:text-sm"
      />
      {problem ? (
        <p id={`${id}-problem`} role="alert" className="text-sm font-medium text-destructive">
          {problem}
        </p>
      ) : null}
      <div className="flex gap-2">
        <Button type="submit" size="sm" disabled={acknowledge.isPending}>
          {acknowledge.isPending ? "Saving…" : "Acknowledge flag"}
        </Button>
        <Button size="sm" variant="ghost" onClick={() => setOpen(false)}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
