"use client";

import { useMutation } from "@tanstack/react-query";
import { Archive, ArchiveRestore, Loader2 } from "lucide-react";
import { useRouter } from "next/navigation";
import { useEffect, useRef, useState } from "react";
import { useTRPC } from "../providers/trpc";
import { Alert } from "../ui/alert";
import { Button } from "../ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "../ui/card";

/** Archive or restore a practice exercise, after a confirmation step. */
export function ArchiveControl({ templateId, title, archived: initiallyArchived }: { templateId: string; title: string; archived: boolean }) {
  const trpc = useTRPC();
  const router = useRouter();
  const [archived, setArchived] = useState(initiallyArchived);
  const [confirming, setConfirming] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  const confirmRef = useRef<HTMLButtonElement>(null);
  const startRef = useRef<HTMLButtonElement>(null);
  const [focusRequest, setFocusRequest] = useState<{ n: number; target: "confirm" | "start" }>({ n: 0, target: "start" });
  const handledFocus = useRef(0);
  const requestFocus = (target: "confirm" | "start") => setFocusRequest((previous) => ({ n: previous.n + 1, target }));
  const mutation = useMutation(
    trpc.library.setArchived.mutationOptions({
      onSuccess: (result) => {
        setArchived(result.archived);
        setConfirming(false);
        setDone(result.archived ? "Archived. It no longer appears in the library or for new assignments." : "Restored to the library.");
        requestFocus("start");
        router.refresh();
      },
    }),
  );

  useEffect(() => {
    if (focusRequest.n === handledFocus.current) return;
    handledFocus.current = focusRequest.n;
    (focusRequest.target === "confirm" ? confirmRef : startRef).current?.focus();
  }, [focusRequest]);

  return (
    <Card aria-labelledby="archive-title">
      <CardHeader>
        <CardTitle id="archive-title">{archived ? "This exercise is archived" : "Archive"}</CardTitle>
        <CardDescription>
          {archived
            ? "It is hidden from the library and can't be assigned. Tasks already assigned carry on with their version."
            : "Hide it from the library and from new assignments. Tasks already assigned carry on, and you can restore it later."}
        </CardDescription>
      </CardHeader>
      <CardContent className="flex flex-col gap-4">
        {done ? <Alert tone="success">{done}</Alert> : null}
        {mutation.error ? <Alert tone="error">{mutation.error.message}</Alert> : null}
        {confirming ? (
          <div role="group" aria-labelledby="archive-confirm-text" className="flex flex-col gap-3 rounded-md border border-border bg-muted/60 p-4">
            <p id="archive-confirm-text" className="text-sm">
              {archived ? `Restore “${title}” to the library?` : `Archive “${title}”?`}
            </p>
            <div className="flex flex-wrap gap-2">
              <Button
                ref={confirmRef}
                variant={archived ? "primary" : "destructive"}
                size="sm"
                disabled={mutation.isPending}
                onClick={() => mutation.mutate({ templateId, archived: !archived })}
              >
                {mutation.isPending ? <Loader2 aria-hidden className="animate-spin" /> : null}
                {archived ? "Yes, restore it" : "Yes, archive it"}
              </Button>
              <Button
                variant="outline"
                size="sm"
                disabled={mutation.isPending}
                onClick={() => {
                  setConfirming(false);
                  requestFocus("start");
                }}
              >
                Cancel
              </Button>
            </div>
          </div>
        ) : (
          <div>
            <Button
              ref={startRef}
              variant="outline"
              onClick={() => {
                setDone(null);
                setConfirming(true);
                requestFocus("confirm");
              }}
            >
              {archived ? <ArchiveRestore aria-hidden /> : <Archive aria-hidden />}
              {archived ? "Restore exercise…" : "Archive exercise…"}
            </Button>
          </div>
        )}
      </CardContent>
    </Card>
  );
}
