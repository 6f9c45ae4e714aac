"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useTRPC } from "../providers/trpc";
import { Button } from "../ui/button";

/** "I have read this and agree": recorded with the policy version that was shown. */
export function ConsentForm({ policyVersion }: { policyVersion: number }) {
  const trpc = useTRPC();
  const router = useRouter();
  const [read, setRead] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const accept = useMutation(
    trpc.consent.accept.mutationOptions({
      onSuccess: () => router.replace("/today"),
      onError: (error) => setProblem(error.message),
    }),
  );
  return (
    <form
      className="flex flex-col gap-4"
      onSubmit={(event) => {
        event.preventDefault();
        if (!read) return setProblem("Tick the box to say you have read how confidentiality works.");
        setProblem(null);
        accept.mutate({ policyVersion });
      }}
    >
      <label className="flex items-start gap-3">
        <input type="checkbox" className="mt-1 size-5 accent-primary" checked={read} onChange={(event) => setRead(event.target.checked)} />
        <span>I have read how confidentiality works for the two of us, and I agree to it.</span>
      </label>
      {problem ? (
        <p role="alert" className="text-sm font-medium text-destructive">
          {problem}
        </p>
      ) : null}
      <Button type="submit" className="w-fit" disabled={accept.isPending}>
        {accept.isPending ? "Saving…" : "Continue"}
      </Button>
    </form>
  );
}
