"use client";

import { useMutation } from "@tanstack/react-query";
import { Copy, Loader2 } from "lucide-react";
import { useRouter } from "next/navigation";
import { useTRPC } from "../providers/trpc";
import { Alert } from "../ui/alert";
import { Button } from "../ui/button";

/** Copies the template into the practice and opens the copy in the builder. */
export function DuplicateButton({ templateId }: { templateId: string }) {
  const trpc = useTRPC();
  const router = useRouter();
  const duplicate = useMutation(trpc.library.duplicate.mutationOptions({ onSuccess: ({ templateId: copyId }) => router.push(`/library/${copyId}/edit`) }));
  const busy = duplicate.isPending || duplicate.isSuccess;
  return (
    <div className="flex flex-col gap-2">
      <Button variant="outline" disabled={busy} onClick={() => duplicate.mutate({ templateId })}>
        {busy ? <Loader2 aria-hidden className="animate-spin" /> : <Copy aria-hidden />} Duplicate to adapt
      </Button>
      {duplicate.error ? <Alert tone="error">{duplicate.error.message}</Alert> : null}
    </div>
  );
}
