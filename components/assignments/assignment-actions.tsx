"use client";

import { useMutation } from "@tanstack/react-query";
import Link from "next/link";
import { useParams, useRouter } from "next/navigation";
import { useState } from "react";
import type { AssignmentStatus } from "@/db/schema/_shared/enums";
import { useTRPC } from "../providers/trpc";
import { Alert } from "../ui/alert";
import { Button } from "../ui/button";

/** Edit, pause, resume or end one piece of homework; ending asks first because it can't be undone. */
export function AssignmentActions({ assignmentId, title, status }: { assignmentId: string; title: string; status: AssignmentStatus }) {
  const trpc = useTRPC();
  const router = useRouter();
  // Rendered on the couple's pages, whose address carries the couple the edit page lives under.
  const { coupleId } = useParams<{ coupleId?: string }>();
  const [confirmingEnd, setConfirmingEnd] = useState(false);
  const change = useMutation(trpc.assignment.setStatus.mutationOptions({ onSuccess: () => router.refresh() }));
  if (status === "ended") return null;
  const act = (action: "pause" | "resume" | "end") => change.mutate({ assignmentId, action });
  const busy = change.isPending;
  return (
    <div className="flex flex-col gap-2">
      <div className="flex flex-wrap gap-2">
        {coupleId ? (
          <Button asChild size="sm" variant="outline">
            <Link href={`/couples/${coupleId}/homework/${assignmentId}/edit`}>
              Edit<span className="sr-only"> “{title}”</span>
            </Link>
          </Button>
        ) : null}
        {status === "active" ? (
          <Button size="sm" variant="outline" disabled={busy} onClick={() => act("pause")}>
            Pause<span className="sr-only"> “{title}”</span>
          </Button>
        ) : (
          <Button size="sm" variant="outline" disabled={busy} onClick={() => act("resume")}>
            Resume<span className="sr-only"> “{title}”</span>
          </Button>
        )}
        {confirmingEnd ? (
          <>
            <Button size="sm" variant="destructive" disabled={busy} autoFocus onClick={() => act("end")}>
              Yes, end it
            </Button>
            <Button size="sm" variant="ghost" disabled={busy} onClick={() => setConfirmingEnd(false)}>
              Keep it
            </Button>
          </>
        ) : (
          <Button size="sm" variant="ghost" disabled={busy} onClick={() => setConfirmingEnd(true)}>
            End…<span className="sr-only"> “{title}”</span>
          </Button>
        )}
      </div>
      {confirmingEnd ? (
        <p className="text-sm text-muted-foreground">Ending removes future tasks nobody has started. Work already written stays, and it can't be restarted.</p>
      ) : null}
      {change.error ? <Alert tone="error">{change.error.message}</Alert> : null}
    </div>
  );
}
