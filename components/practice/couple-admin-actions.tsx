"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useId, useState } from "react";
import { useTRPC } from "../providers/trpc";
import { Alert } from "../ui/alert";
import { Button } from "../ui/button";
import { Dialog } from "../ui/dialog";
import { NativeSelect } from "../ui/native-select";

interface Props {
  couple: { id: string; displayName: string; status: "active" | "paused" | "archived"; counselorId: string; counselorName: string };
  /** Active (not disabled) counselors of the practice. */
  counselors: { id: string; displayName: string }[];
}

type Pending = { kind: "reassign"; counselorId: string } | { kind: "archive" } | { kind: "restore" };

function messageOf(error: unknown) {
  return error instanceof Error && error.message ? error.message : "That didn't work. Please try again.";
}

/**
 * Reassign, archive and restore for one couple on the admin's list. Each action asks for
 * confirmation first and says what changes for the counselor and the couple.
 */
export function CoupleAdminActions({ couple, counselors }: Props) {
  const trpc = useTRPC();
  const router = useRouter();
  const selectId = useId();
  const [choice, setChoice] = useState(couple.counselorId);
  const [pending, setPending] = useState<Pending | null>(null);
  const [status, setStatus] = useState<{ tone: "success" | "error"; text: string } | null>(null);
  const reassign = useMutation(trpc.practice.reassignCouple.mutationOptions());
  const archive = useMutation(trpc.practice.setCoupleArchived.mutationOptions());
  const busy = reassign.isPending || archive.isPending;
  const others = counselors.filter((counselor) => counselor.id !== couple.counselorId);
  const target = pending?.kind === "reassign" ? counselors.find((counselor) => counselor.id === pending.counselorId) : undefined;

  const confirm = async () => {
    if (!pending) return;
    setStatus(null);
    try {
      if (pending.kind === "reassign") {
        await reassign.mutateAsync({ coupleId: couple.id, counselorId: pending.counselorId });
        setStatus({ tone: "success", text: `Now with ${target?.displayName ?? "the new counselor"}.` });
      } else {
        await archive.mutateAsync({ coupleId: couple.id, archived: pending.kind === "archive" });
        setStatus({ tone: "success", text: pending.kind === "archive" ? "Archived. Their records are read-only now." : "Restored. The couple is active again." });
      }
      setPending(null);
      router.refresh();
    } catch (error) {
      setPending(null);
      setStatus({ tone: "error", text: messageOf(error) });
    }
  };

  const dialog =
    pending?.kind === "reassign"
      ? {
          title: `Move ${couple.displayName} to ${target?.displayName ?? "another counselor"}?`,
          description: `${couple.counselorName} loses access to this couple's records straight away, and ${target?.displayName ?? "the new counselor"} gains it.`,
          action: "Reassign",
        }
      : pending?.kind === "archive"
        ? {
            title: `Archive ${couple.displayName}?`,
            description: "Nothing is deleted. The counselor and the partners can still read the records, but no one can change them and no new tasks appear until you restore the couple.",
            action: "Archive",
          }
        : pending?.kind === "restore"
          ? { title: `Restore ${couple.displayName}?`, description: "The couple becomes active again: homework, sessions and answers can change and new tasks appear.", action: "Restore" }
          : null;

  return (
    <div className="flex flex-col gap-2">
      <div className="flex flex-wrap items-end gap-2">
        {couple.status === "archived" ? null : (
          <form
            className="flex flex-wrap items-end gap-2"
            onSubmit={(event) => {
              event.preventDefault();
              if (choice !== couple.counselorId) setPending({ kind: "reassign", counselorId: choice });
            }}
          >
            <label htmlFor={selectId} className="sr-only">
              Counselor for {couple.displayName}
            </label>
            <NativeSelect id={selectId} value={choice} onChange={(event) => setChoice(event.target.value)} disabled={busy || others.length === 0} className="w-48">
              <option value={couple.counselorId}>{couple.counselorName}</option>
              {others.map((counselor) => (
                <option key={counselor.id} value={counselor.id}>
                  {counselor.displayName}
                </option>
              ))}
            </NativeSelect>
            <Button type="submit" variant="outline" size="sm" disabled={busy || choice === couple.counselorId}>
              Reassign<span className="sr-only"> {couple.displayName}</span>
            </Button>
          </form>
        )}
        {couple.status === "archived" ? (
          <Button type="button" variant="outline" size="sm" disabled={busy} onClick={() => setPending({ kind: "restore" })}>
            Restore<span className="sr-only"> {couple.displayName}</span>
          </Button>
        ) : (
          <Button type="button" variant="ghost" size="sm" disabled={busy} onClick={() => setPending({ kind: "archive" })}>
            Archive<span className="sr-only"> {couple.displayName}</span>
          </Button>
        )}
      </div>
      <div aria-live="polite">{status ? <Alert tone={status.tone}>{status.text}</Alert> : null}</div>
      {dialog ? (
        <Dialog open onOpenChange={(open) => (open ? null : setPending(null))} title={dialog.title} description={dialog.description}>
          <div className="flex justify-end gap-2">
            <Button type="button" variant="outline" onClick={() => setPending(null)} disabled={busy}>
              Cancel
            </Button>
            <Button type="button" variant={pending?.kind === "archive" ? "destructive" : "primary"} onClick={() => void confirm()} disabled={busy}>
              {busy ? "Saving…" : dialog.action}
            </Button>
          </div>
        </Dialog>
      ) : null}
    </div>
  );
}
