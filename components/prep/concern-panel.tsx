"use client";

import { useMutation } from "@tanstack/react-query";
import { ShieldAlert } from "lucide-react";
import { useRouter } from "next/navigation";
import { useId, useState } from "react";
import { useTRPC } from "../providers/trpc";
import { Button } from "../ui/button";
import { formatShortDate } from "./format";
import type { PrepView } from "./types";

const KIND_NAMES = { violence: "Violence", coercive_control: "Coercive control" } as const;

/**
 * Violence and coercive-control concerns. Opening one pauses the exercises that need a
 * safety clearance for both partners, without telling them why.
 */
export function ConcernPanel({ coupleId, concerns, timeZone }: { coupleId: string; concerns: PrepView["concerns"]; timeZone: string }) {
  const trpc = useTRPC();
  const router = useRouter();
  const id = useId();
  const [kind, setKind] = useState<"violence" | "coercive_control">("violence");
  const [problem, setProblem] = useState<string | null>(null);
  const onError = (error: { message: string }) => setProblem(error.message);
  const onSuccess = () => {
    setProblem(null);
    router.refresh();
  };
  const open = useMutation(trpc.concern.open.mutationOptions({ onSuccess, onError }));
  const close = useMutation(trpc.concern.close.mutationOptions({ onSuccess, onError }));
  const current = concerns.filter((concern) => concern.closedAt === null);

  return (
    <div className="flex flex-col gap-3 rounded-md border border-border p-4">
      <h3 className="flex items-center gap-2 font-semibold">
        <ShieldAlert aria-hidden className="size-4" /> Violence or coercion concern
      </h3>
      {current.length === 0 ? (
        <p className="text-sm text-muted-foreground">None open. Opening one pauses the exercises that need a safety clearance for both partners; they are not told why.</p>
      ) : (
        <ul className="flex flex-col gap-2">
          {current.map((concern) => (
            <li key={concern.id} className="flex flex-wrap items-center gap-3 text-sm">
              <span className="font-medium">
                {KIND_NAMES[concern.kind]} concern open since {formatShortDate(concern.openedAt, timeZone)}
              </span>
              <span className="text-muted-foreground">Exercises needing a safety clearance are paused.</span>
              <Button size="sm" variant="outline" className="print:hidden" disabled={close.isPending} onClick={() => close.mutate({ concernId: concern.id })}>
                Close concern
              </Button>
            </li>
          ))}
        </ul>
      )}
      <div className="flex flex-wrap items-end gap-2 print:hidden">
        <span className="flex flex-col gap-1">
          <label htmlFor={id} className="text-sm font-medium">
            Open a concern
          </label>
          <select
            id={id}
            value={kind}
            onChange={(event) => setKind(event.target.value as typeof kind)}
            className="h-10 rounded-md border border-input bg-surface px-3 text-sm"
          >
            <option value="violence">Violence</option>
            <option value="coercive_control">Coercive control</option>
          </select>
        </span>
        <Button size="sm" variant="outline" disabled={open.isPending} onClick={() => open.mutate({ coupleId, kind })}>
          Open concern
        </Button>
      </div>
      {problem ? (
        <p role="alert" className="text-sm font-medium text-destructive">
          {problem}
        </p>
      ) : null}
    </div>
  );
}
