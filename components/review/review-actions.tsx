"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useTRPC } from "../providers/trpc";
import { Alert } from "../ui/alert";
import { Button } from "../ui/button";

/**
 * The one thing a counselor can do about an answer: release a release-gated one (after
 * confirming), or ask the author to share a private one. Everything else is the author's.
 */
export function ReviewActions({
  responseId,
  fieldKey,
  label,
  action,
  otherPartner,
}: {
  responseId: string;
  fieldKey: string;
  label: string;
  action: "release" | "request";
  otherPartner: string;
}) {
  const trpc = useTRPC();
  const router = useRouter();
  const [confirming, setConfirming] = useState(false);
  const release = useMutation(trpc.review.release.mutationOptions({ onSuccess: () => (setConfirming(false), router.refresh()) }));
  const request = useMutation(trpc.review.requestShare.mutationOptions({ onSuccess: () => router.refresh() }));
  const busy = release.isPending || request.isPending;
  const error = release.error ?? request.error;
  const about = <span className="sr-only"> “{label}”</span>;
  return (
    <div className="flex flex-col gap-2">
      {action === "release" ? (
        confirming ? (
          <div className="flex flex-col gap-2 text-sm" role="group" aria-label={`Release “${label}”`}>
            <p>{otherPartner} will be able to read this answer as it is now. Releasing can&apos;t be undone.</p>
            <div className="flex flex-wrap gap-2">
              <Button size="sm" autoFocus disabled={busy} onClick={() => release.mutate({ responseId, fieldKey })}>
                Yes, release it
              </Button>
              <Button size="sm" variant="ghost" disabled={busy} onClick={() => setConfirming(false)}>
                Cancel
              </Button>
            </div>
          </div>
        ) : (
          <div>
            <Button size="sm" variant="outline" disabled={busy} onClick={() => setConfirming(true)}>
              Release to {otherPartner}…{about}
            </Button>
          </div>
        )
      ) : (
        <div>
          <Button size="sm" variant="ghost" disabled={busy} onClick={() => request.mutate({ responseId, fieldKey })}>
            Ask the author to share{about}
          </Button>
        </div>
      )}
      {error ? <Alert tone="error">{error.message}</Alert> : null}
    </div>
  );
}
