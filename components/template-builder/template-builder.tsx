"use client";

import { useMutation } from "@tanstack/react-query";
import { Loader2, Pencil, Eye } from "lucide-react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useEffect, useRef, useState } from "react";
import { FormProvider, type UseFormSetError } from "react-hook-form";
import { ZTemplateDefinition, type TTemplateDefinition } from "@/db/schema/exercises/definition";
import { FormAlert } from "../forms/form-alert";
import { applyServerErrors } from "../forms/server-errors";
import { useZodForm } from "../forms/use-zod-form";
import { useTRPC } from "../providers/trpc";
import { Button } from "../ui/button";
import { cn } from "../ui/cn";
import { BuilderPreview } from "./builder-preview";
import { blankDefinition, cleanForSave, toFormValues } from "./defaults";
import { flattenErrors, thingsNeedAttention, unplacedErrors } from "./errors";
import { MetadataCard } from "./metadata-card";
import { ScoringCard } from "./scoring-editor";
import { SectionsEditor } from "./sections-editor";
import { BuilderSettingsContext, type BuilderSettings, type BuilderValues } from "./types";

export type TemplateBuilderProps = { mode: "new" } | { mode: "edit"; templateId: string; latestVersion: number; definition: TTemplateDefinition };

interface ServerError {
  message: string;
  data?: { code?: string; fieldErrors?: Record<string, string[]> } | null;
}

const REVALIDATE_MS = 250;

/** Keys and option values of a stored definition: they stay put when labels change. */
function keysOf(definition: TTemplateDefinition): Set<string> {
  const keys = new Set<string>();
  for (const section of definition.sections) {
    keys.add(section.key);
    for (const field of section.fields) {
      keys.add(field.key);
      const parts = field.type === "repeatable_list" ? [field, ...field.itemFields] : [field];
      for (const part of parts) {
        if (part !== field) keys.add(part.key);
        if (part.type === "single_select" || part.type === "checklist") for (const option of part.options) keys.add(option.value);
      }
    }
  }
  for (const score of definition.scoring?.scores ?? []) keys.add(score.key);
  return keys;
}

/** Focuses the first input with a problem, or the first message about a list, in page order. */
function focusFirstProblem(form: HTMLFormElement | null, alert: HTMLElement | null) {
  const candidates = Array.from(form?.querySelectorAll<HTMLElement>('[aria-invalid="true"], [data-error-anchor]') ?? []);
  const first = candidates.find((element) => element.closest("[hidden]") === null);
  (first ?? alert)?.focus();
}

/** The procedure validates `{ definition }`: its field paths start with "definition.". */
function withFormPaths(error: ServerError): ServerError {
  const fieldErrors: Record<string, string[]> = {};
  for (const [path, messages] of Object.entries(error.data?.fieldErrors ?? {})) {
    const key = path.startsWith("definition.") ? path.slice("definition.".length) : "_form";
    (fieldErrors[key] ??= []).push(...messages);
  }
  return { message: error.message, data: { ...error.data, fieldErrors } };
}

/**
 * The exercise template builder: one form over the whole definition, validated on
 * save with the schema the server uses, with a live preview as each partner.
 */
export function TemplateBuilder(props: TemplateBuilderProps) {
  const trpc = useTRPC();
  const router = useRouter();
  const [defaultValues] = useState(() => (props.mode === "edit" ? toFormValues(props.definition) : blankDefinition()));
  const [settings] = useState<BuilderSettings>(() => ({
    loadedKeys: props.mode === "edit" ? keysOf(props.definition) : new Set(),
    collapseLoadedFields: props.mode === "edit",
  }));
  const form = useZodForm(ZTemplateDefinition, { defaultValues, shouldFocusError: false });
  const { errors, submitCount } = form.formState;
  const [serverMessage, setServerMessage] = useState<{ text: string; conflict: boolean } | undefined>();
  const [attempt, setAttempt] = useState(0);
  const [view, setView] = useState<"edit" | "preview">("edit");
  const formRef = useRef<HTMLFormElement>(null);
  const alertRef = useRef<HTMLDivElement>(null);
  const submitted = useRef(false);
  // Server errors ask for focus once the form is enabled again; each request is handled once.
  const [serverFocus, setServerFocus] = useState<{ n: number; target: "first-error" | "alert" }>({ n: 0, target: "alert" });
  const handledServerFocus = useRef(0);
  const handledSubmit = useRef(0);

  const onSaved = ({ templateId, version }: { templateId: string; version: number }) => router.push(`/library/${templateId}?saved=${version}`);
  const onError = (error: ServerError) => {
    // The form-level message lives outside react-hook-form, so re-validation while typing keeps it.
    const setError: UseFormSetError<BuilderValues> = (name, value, options) => {
      if (name === "root.server") setServerMessage({ text: value.message ?? error.message, conflict: error.data?.code === "CONFLICT" });
      else form.setError(name, value, options);
    };
    const first = applyServerErrors(withFormPaths(error), setError);
    setAttempt((n) => n + 1);
    setServerFocus((previous) => ({ n: previous.n + 1, target: first === "_form" ? "alert" : "first-error" }));
  };
  const create = useMutation(trpc.library.create.mutationOptions({ onSuccess: onSaved, onError }));
  const save = useMutation(trpc.library.saveVersion.mutationOptions({ onSuccess: onSaved, onError }));
  const busy = create.isPending || create.isSuccess || save.isPending || save.isSuccess;

  // After the first save attempt, every change re-checks the whole definition, so
  // messages about other fields (a condition, a duplicate key) clear as soon as they're fixed.
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const subscription = form.watch(() => {
      if (!submitted.current) return;
      clearTimeout(timer);
      timer = setTimeout(() => void form.trigger(), REVALIDATE_MS);
    });
    return () => {
      subscription.unsubscribe();
      clearTimeout(timer);
    };
  }, [form]);

  const problems = flattenErrors(errors);
  const problemCount = problems.length;

  // Focus moves to the first problem once it is rendered (its card opened by then).
  useEffect(() => {
    if (submitCount === handledSubmit.current) return;
    handledSubmit.current = submitCount;
    if (problemCount > 0) focusFirstProblem(formRef.current, alertRef.current);
  }, [submitCount, problemCount]);

  useEffect(() => {
    if (busy || serverFocus.n === handledServerFocus.current) return;
    handledServerFocus.current = serverFocus.n;
    if (serverFocus.target === "alert") alertRef.current?.focus();
    else focusFirstProblem(formRef.current, alertRef.current);
  }, [busy, serverFocus]);

  const unplaced = unplacedErrors(problems);
  const summary =
    serverMessage?.text ??
    (submitCount > 0 && problems.length > 0
      ? [thingsNeedAttention(problems.length), ...unplaced.map((problem) => `${problem.message} (${problem.path})`)].join(" ")
      : undefined);

  const onSubmit = form.handleSubmit(
    (definition) => {
      const cleaned = cleanForSave(definition);
      if (props.mode === "edit") save.mutate({ templateId: props.templateId, basedOnVersion: props.latestVersion, definition: cleaned });
      else create.mutate({ definition: cleaned });
    },
    () => setAttempt((n) => n + 1),
  );

  const saveLabel = props.mode === "edit" ? `Save as version ${props.latestVersion + 1}` : "Save exercise";
  const cancelHref = props.mode === "edit" ? `/library/${props.templateId}` : "/library";

  return (
    <BuilderSettingsContext.Provider value={settings}>
      <FormProvider {...form}>
        <div className="mb-4 flex rounded-md border border-input bg-surface p-0.5 lg:hidden" role="group" aria-label="Show">
          {(
            [
              ["edit", "Edit", Pencil],
              ["preview", "Preview", Eye],
            ] as const
          ).map(([value, label, Icon]) => (
            <button
              key={value}
              type="button"
              aria-pressed={view === value}
              onClick={() => setView(value)}
              className={cn(
                "flex flex-1 items-center justify-center gap-2 rounded px-3 py-2 text-sm font-medium [&_svg]:size-4",
                view === value ? "bg-primary text-primary-foreground" : "text-foreground hover:bg-muted",
              )}
            >
              <Icon aria-hidden /> {label}
            </button>
          ))}
        </div>
        <div className="grid items-start gap-6 lg:grid-cols-[minmax(0,1fr)_22rem]">
          <form
            ref={formRef}
            aria-label="Exercise"
            noValidate
            className={cn("min-w-0 flex-col gap-6", view === "edit" ? "flex" : "hidden lg:flex")}
            onSubmit={(event) => {
              submitted.current = true;
              setServerMessage(undefined);
              void onSubmit(event);
            }}
          >
            <FormAlert message={summary} attempt={attempt} alertRef={alertRef} />
            {serverMessage?.conflict && props.mode === "edit" ? (
              <p className="-mt-3 text-sm">
                <Link href={`/library/${props.templateId}`} className="font-medium text-primary underline underline-offset-4">
                  Open the latest version
                </Link>
              </p>
            ) : null}
            <fieldset disabled={busy} className="flex min-w-0 flex-col gap-6">
              <MetadataCard />
              <SectionsEditor />
              <ScoringCard />
              <div className="flex flex-col-reverse gap-3 sm:flex-row sm:justify-end">
                <Button variant="outline" asChild>
                  <Link href={cancelHref}>Cancel</Link>
                </Button>
                <Button type="submit">
                  {busy ? <Loader2 aria-hidden className="animate-spin" /> : null}
                  {busy ? "Saving…" : saveLabel}
                </Button>
              </div>
            </fieldset>
          </form>
          <aside
            aria-labelledby="preview-heading"
            className={cn("min-w-0 lg:sticky lg:top-4 lg:max-h-[calc(100vh-2rem)] lg:overflow-y-auto", view === "preview" ? "block" : "hidden lg:block")}
          >
            <div className="rounded-lg border border-border bg-surface p-4">
              <BuilderPreview />
            </div>
          </aside>
        </div>
      </FormProvider>
    </BuilderSettingsContext.Provider>
  );
}
