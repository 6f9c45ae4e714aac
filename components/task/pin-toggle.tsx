"use client";

import { useMutation } from "@tanstack/react-query";
import { MessageCircle } from "lucide-react";
import { useRouter } from "next/navigation";
import { useId, useState } from "react";
import { useTRPC } from "../providers/trpc";
import { Alert } from "../ui/alert";

/**
 * "I'd like to talk about this in our next session" on the author's own submitted
 * answers. The mark reaches the counselor's session prep only; the partner never sees it.
 */
export function PinToggle({ taskId, pinned }: { taskId: string; pinned: boolean }) {
  const trpc = useTRPC();
  const router = useRouter();
  const id = useId();
  // Shown at once; put back if the server says no.
  const [checked, setChecked] = useState(pinned);
  const [announce, setAnnounce] = useState("");
  const pin = useMutation(
    trpc.task.pin.mutationOptions({
      onSuccess: (result) => {
        setChecked(result.pinned);
        setAnnounce(result.pinned ? "Marked for your next session." : "Mark removed.");
        router.refresh();
      },
      onError: (_error, variables) => setChecked(!variables.pinned),
    }),
  );

  return (
    <div className="flex flex-col gap-2 rounded-md border border-border bg-surface p-4">
      <div className="flex items-start gap-3">
        <input
          id={id}
          type="checkbox"
          checked={checked}
          disabled={pin.isPending}
          aria-describedby={`${id}-help`}
          onChange={(event) => {
            setChecked(event.target.checked);
            setAnnounce("");
            pin.mutate({ taskId, pinned: event.target.checked });
          }}
          className="mt-0.5 size-5 shrink-0 cursor-pointer accent-primary"
        />
        <div className="flex flex-col gap-1">
          <label htmlFor={id} className="inline-flex cursor-pointer items-center gap-1.5 font-medium">
            <MessageCircle aria-hidden className="size-4 text-primary" /> I&apos;d like to talk about this in our next session
          </label>
          <p id={`${id}-help`} className="text-sm text-muted-foreground">
            Only your counselor sees this mark, so they can make time for it. Your partner isn&apos;t told, and your counselor will check with you before raising anything private with both of you. You can remove it any time.
          </p>
        </div>
      </div>
      <p role="status" className="text-sm text-muted-foreground">
        {announce}
      </p>
      {pin.error ? <Alert tone="error">{pin.error.message}</Alert> : null}
    </div>
  );
}
