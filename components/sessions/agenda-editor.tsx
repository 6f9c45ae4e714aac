"use client";

import { useMutation } from "@tanstack/react-query";
import { ArrowDown, ArrowUp, Plus, X } from "lucide-react";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useFieldArray, useWatch } from "react-hook-form";
import * as z from "zod";
import { ZSaveAgendaInput } from "@/db/schema/sessions/validation";
import { errorAt } from "../forms/error-at";
import { FormAlert } from "../forms/form-alert";
import { applyServerErrors, useErrorFocus } from "../forms/server-errors";
import { useZodForm } from "../forms/use-zod-form";
import type { AgendaItem } from "../prep/types";
import { useTRPC } from "../providers/trpc";
import { Alert } from "../ui/alert";
import { Button } from "../ui/button";

// The form holds only the items; the session and the version it started from are added on save.
const ZAgendaForm = z.object({ items: ZSaveAgendaInput.shape.items });

interface AgendaEditorProps {
  sessionId: string;
  /** The session record's version as the page loaded it. */
  baseVersion: number;
  items: AgendaItem[];
  /** True when `items` is the page's suggestion, not a saved agenda. */
  suggested: boolean;
}

/** The upcoming session's agenda: reorder, tick off, add and remove items, then save. */
export function AgendaEditor({ sessionId, baseVersion, items, suggested }: AgendaEditorProps) {
  const trpc = useTRPC();
  const router = useRouter();
  // Versions only grow: after our own save the returned one is newest until the page reloads with a later one.
  const [savedVersion, setSavedVersion] = useState(0);
  const [justSaved, setJustSaved] = useState(false);
  const [isSuggestion, setIsSuggestion] = useState(suggested);
  const version = Math.max(baseVersion, savedVersion);
  const form = useZodForm(ZAgendaForm, { defaultValues: { items } });
  const { fields, append, remove, move } = useFieldArray({ control: form.control, name: "items" });
  const watched = useWatch({ control: form.control, name: "items" });
  const { errors, submitCount, isDirty } = form.formState;

  const save = useMutation(
    trpc.session.saveAgenda.mutationOptions({
      onSuccess: (result, variables) => {
        setSavedVersion(result.version);
        setIsSuggestion(false);
        setJustSaved(true);
        form.reset({ items: variables.items });
        router.refresh();
      },
      onError: (error): void => focusOn(applyServerErrors(error, form.setError)),
    }),
  );
  const busy = save.isPending;
  const { focusOn, alertRef } = useErrorFocus(form, busy);

  // After a move the same control, now at the item's new place, keeps the focus.
  const moveItem = (from: number, to: number, direction: "up" | "down") => {
    move(from, to);
    setJustSaved(false);
    requestAnimationFrame(() => {
      const wanted = document.getElementById(`agenda-${direction}-${to}`) as HTMLButtonElement | null;
      const other = document.getElementById(`agenda-${direction === "up" ? "down" : "up"}-${to}`) as HTMLButtonElement | null;
      (wanted && !wanted.disabled ? wanted : other)?.focus();
    });
  };

  return (
    <div className="flex flex-col gap-4">
      {isSuggestion ? <Alert className="print:hidden">Suggested from this page — edit and save.</Alert> : null}
      <form
        onSubmit={(event) => void form.handleSubmit((values) => save.mutate({ sessionId, baseVersion: version, items: values.items }))(event)}
        noValidate
        aria-label="Agenda"
        className="flex flex-col gap-4 print:hidden"
        onChange={() => setJustSaved(false)}
      >
        <FormAlert message={errors.root?.server?.message} attempt={submitCount} alertRef={alertRef} />
        <fieldset disabled={busy} className="flex flex-col gap-3">
          <legend className="sr-only">Agenda items, in order</legend>
          {fields.length === 0 ? <p className="text-sm text-muted-foreground">The agenda is empty. Add the first item below.</p> : null}
          <ol className="flex flex-col gap-2">
            {fields.map((field, index) => {
              const text = watched[index]?.text ?? "";
              const name = text.trim() === "" ? `item ${index + 1}` : `“${text}”`;
              const error = errorAt(errors, `items.${index}.text`);
              return (
                <li key={field.id} className="flex flex-col gap-1">
                  <div className="grid grid-cols-[auto_auto_minmax(0,1fr)] items-start gap-x-2 gap-y-1 sm:grid-cols-[auto_auto_minmax(0,1fr)_auto]">
                    <span aria-hidden className="mt-2.5 w-5 shrink-0 text-right text-sm tabular-nums text-muted-foreground">
                      {index + 1}.
                    </span>
                    <label className="mt-0.5 flex size-9 shrink-0 cursor-pointer items-center justify-center rounded-md hover:bg-muted">
                      <input type="checkbox" className="size-4 accent-primary" {...form.register(`items.${index}.done`)} />
                      <span className="sr-only">Done: {name}</span>
                    </label>
                    {/* Grows with its text, so a long item is read whole rather than scrolled. */}
                    <textarea
                      aria-label={`Agenda item ${index + 1}`}
                      aria-invalid={Boolean(error)}
                      aria-describedby={error ? `agenda-error-${index}` : undefined}
                      autoComplete="off"
                      rows={1}
                      // Items are one line each; Enter neither breaks the line nor saves half-way.
                      onKeyDown={(event) => {
                        if (event.key === "Enter") event.preventDefault();
                      }}
                      className="field-sizing-content min-h-10 w-full min-w-0 resize-none rounded-md border border-input bg-surface px-3 py-2 text-base text-foreground aria-[invalid=true]:border-destructive sm:text-sm"
                      {...form.register(`items.${index}.text`)}
                    />
                    <div className="col-start-3 flex justify-end sm:col-start-auto sm:mt-0.5">
                      <Button
                        id={`agenda-up-${index}`}
                        size="icon"
                        variant="ghost"
                        className="size-9"
                        disabled={index === 0}
                        aria-label={`Move ${name} up`}
                        onClick={() => moveItem(index, index - 1, "up")}
                      >
                        <ArrowUp aria-hidden />
                      </Button>
                      <Button
                        id={`agenda-down-${index}`}
                        size="icon"
                        variant="ghost"
                        className="size-9"
                        disabled={index === fields.length - 1}
                        aria-label={`Move ${name} down`}
                        onClick={() => moveItem(index, index + 1, "down")}
                      >
                        <ArrowDown aria-hidden />
                      </Button>
                      <Button
                        size="icon"
                        variant="ghost"
                        className="size-9"
                        aria-label={`Remove ${name}`}
                        onClick={() => {
                          remove(index);
                          setJustSaved(false);
                          requestAnimationFrame(() => document.getElementById("agenda-add")?.focus());
                        }}
                      >
                        <X aria-hidden />
                      </Button>
                    </div>
                  </div>
                  {error ? (
                    <p id={`agenda-error-${index}`} className="pl-[4.5rem] text-sm font-medium text-destructive">
                      {error}
                    </p>
                  ) : null}
                </li>
              );
            })}
          </ol>
          {errors.items?.message ? <p className="text-sm font-medium text-destructive">{errors.items.message}</p> : null}
          <div className="flex flex-wrap items-center gap-2">
            <Button
              id="agenda-add"
              variant="outline"
              size="sm"
              onClick={() => {
                append({ text: "", done: false }, { shouldFocus: true });
                setJustSaved(false);
              }}
            >
              <Plus aria-hidden /> Add item
            </Button>
            <Button type="submit" size="sm">
              {busy ? "Saving…" : "Save agenda"}
            </Button>
            <p role="status" className="text-sm text-muted-foreground">
              {justSaved && !isDirty ? "Agenda saved." : isDirty ? "Unsaved changes." : ""}
            </p>
          </div>
        </fieldset>
      </form>
      {/* On paper the agenda is plain text: the form's controls don't print well. */}
      <ol className="hidden list-decimal flex-col gap-1 pl-8 print:flex">
        {watched.map((item, index) => (
          <li key={index}>
            {item.done ? "☑ " : "☐ "}
            {item.text}
          </li>
        ))}
      </ol>
    </div>
  );
}
