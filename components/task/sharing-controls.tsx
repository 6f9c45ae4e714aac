"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";
import type { OwnFieldSharing } from "../providers/router-types";
import { useTRPC } from "../providers/trpc";
import { Alert } from "../ui/alert";
import { Button } from "../ui/button";

function dayOf(date: Date, timeZone: string) {
  return new Intl.DateTimeFormat("en-US", { month: "long", day: "numeric", timeZone }).format(date);
}

/**
 * Under one of the author's submitted answers: who can read it now, and the one thing
 * they can change about that. Sharing is consent, so it is confirmed in words first.
 */
export function SharingControls({
  taskId,
  fieldKey,
  label,
  sharing,
  pairedReveal,
  timeZone,
}: {
  taskId: string;
  fieldKey: string;
  label: string;
  sharing: OwnFieldSharing;
  pairedReveal: boolean;
  timeZone: string;
}) {
  const trpc = useTRPC();
  const router = useRouter();
  const [confirming, setConfirming] = useState(false);
  const done = { onSuccess: () => (setConfirming(false), router.refresh()) };
  const share = useMutation(trpc.task.share.mutationOptions(done));
  const stop = useMutation(trpc.task.stopSharing.mutationOptions(done));
  const offer = useMutation(trpc.task.setReleaseOffer.mutationOptions(done));
  const answer = useMutation(trpc.task.answerShareRequest.mutationOptions(done));
  const busy = share.isPending || stop.isPending || offer.isPending || answer.isPending;
  const error = share.error ?? stop.error ?? offer.error ?? answer.error;
  const about = <span className="sr-only"> “{label}”</span>;

  let text: string;
  let actions: React.ReactNode = null;
  switch (sharing.state) {
    case "safety":
      text = "Only your counselor reads this. It is never shared.";
      break;
    case "shared":
      text = pairedReveal ? "Your partner reads this once they have answered too." : "Your partner can read this.";
      break;
    case "shared_by_you":
      text = `You shared this with your partner on ${dayOf(sharing.since, timeZone)}.`;
      actions = (
        <Button size="sm" variant="ghost" disabled={busy} onClick={() => stop.mutate({ taskId, fieldKey })}>
          Stop sharing{about}
        </Button>
      );
      break;
    case "release_pending":
      text = "Your counselor may release this to your partner, usually after reading it with you in session.";
      actions = (
        <Button size="sm" variant="ghost" disabled={busy} onClick={() => offer.mutate({ taskId, fieldKey, offered: false })}>
          Ask them to hold it back{about}
        </Button>
      );
      break;
    case "release_held":
      text = "You asked your counselor not to release this yet.";
      actions = (
        <Button size="sm" variant="ghost" disabled={busy} onClick={() => offer.mutate({ taskId, fieldKey, offered: true })}>
          Let my counselor release it{about}
        </Button>
      );
      break;
    case "released":
      text = `Your counselor released this to your partner on ${dayOf(sharing.since, timeZone)}.`;
      break;
    case "private": {
      const requestId = sharing.requestId;
      text = requestId ? "Only you and your counselor read this. Your counselor asked whether you'd like to share it with your partner." : "Only you and your counselor read this.";
      actions = confirming ? null : (
        <>
          <Button size="sm" variant="outline" disabled={busy} onClick={() => setConfirming(true)}>
            Share with my partner…{about}
          </Button>
          {requestId ? (
            <Button size="sm" variant="ghost" disabled={busy} onClick={() => answer.mutate({ requestId, accept: false })}>
              Keep it private{about}
            </Button>
          ) : null}
        </>
      );
      break;
    }
  }

  const confirmShare = () =>
    sharing.state === "private" && sharing.requestId
      ? answer.mutate({ requestId: sharing.requestId, accept: true, confirm: true })
      : share.mutate({ taskId, fieldKey, confirm: true });

  return (
    <div className="flex flex-col gap-2 rounded-md bg-muted/60 px-3 py-2 text-sm">
      <p className="text-muted-foreground">{text}</p>
      {confirming ? (
        <div className="flex flex-col gap-2" role="group" aria-label={`Share “${label}” with your partner`}>
          <p>
            Your partner will be able to read this answer exactly as it is now. It&apos;s your choice. You can stop sharing later, but they may already
            have read it.
          </p>
          <div className="flex flex-wrap gap-2">
            <Button size="sm" autoFocus disabled={busy} onClick={confirmShare}>
              Yes, share it
            </Button>
            <Button size="sm" variant="ghost" disabled={busy} onClick={() => setConfirming(false)}>
              Cancel
            </Button>
          </div>
        </div>
      ) : null}
      {actions ? <div className="flex flex-wrap gap-2">{actions}</div> : null}
      {error ? <Alert tone="error">{error.message}</Alert> : null}
    </div>
  );
}
