"use client";

import { useMutation } from "@tanstack/react-query";
import { Loader2, Upload } from "lucide-react";
import { useRouter } from "next/navigation";
import { useEffect, useRef, useState } from "react";
import { ZImportInstrumentInput } from "@/db/schema/exercises/validation";
import { Field } from "../forms/field";
import { useZodForm } from "../forms/use-zod-form";
import { useTRPC } from "../providers/trpc";
import { Alert } from "../ui/alert";
import { Button } from "../ui/button";
import { Textarea } from "../exercise-form/textarea";

/** Paste or choose a JSON instrument definition; every problem is listed with its path. */
export function ImportForm() {
  const trpc = useTRPC();
  const router = useRouter();
  const form = useZodForm(ZImportInstrumentInput, { defaultValues: { json: "" } });
  const [problems, setProblems] = useState<{ summary: string; items: string[] } | null>(null);
  const importer = useMutation(
    trpc.library.importInstrument.mutationOptions({
      onSuccess: ({ templateId }) => router.push(`/library/${templateId}?saved=1`),
      onError: (error) => {
        setProblems({ summary: error.message, items: error.data?.fieldErrors?.json ?? [] });
      },
    }),
  );
  const busy = importer.isPending || importer.isSuccess;
  const alertRef = useRef<HTMLDivElement>(null);
  // Once per refusal: typing afterwards must not pull focus back to the list.
  useEffect(() => {
    if (problems) alertRef.current?.focus();
  }, [problems]);

  const readFile = async (file: File | undefined) => {
    if (!file) return;
    form.setValue("json", await file.text(), { shouldValidate: form.formState.isSubmitted });
    setProblems(null);
  };

  return (
    <form
      noValidate
      className="flex flex-col gap-5"
      onSubmit={(event) =>
        void form.handleSubmit((values) => {
          setProblems(null);
          importer.mutate(values);
        })(event)
      }
    >
      {problems ? (
        <Alert id="import-problems" tone="error" tabIndex={-1} ref={alertRef}>
          <span className="font-medium">{problems.summary} Nothing was imported.</span>
          {problems.items.length > 0 ? (
            <ul className="list-disc pl-5">
              {problems.items.map((item) => (
                <li key={item} className="break-words font-mono text-xs">
                  {item}
                </li>
              ))}
            </ul>
          ) : null}
        </Alert>
      ) : null}
      <fieldset disabled={busy} className="flex min-w-0 flex-col gap-5">
        <div className="flex flex-col gap-1.5">
          <label htmlFor="json-file" className="text-sm font-medium">
            JSON file
          </label>
          <span className="flex items-center gap-2">
            <Upload aria-hidden className="size-4 text-muted-foreground" />
            <input id="json-file" type="file" accept="application/json,.json" className="text-sm" onChange={(event) => void readFile(event.target.files?.[0])} />
          </span>
        </div>
        <Field id="json" label="Definition" help="The file's contents appear here. You can also paste the JSON directly." error={form.formState.errors.json?.message ?? (problems ? "Fix the problems listed above, then check again." : undefined)}
        >
          {(control) => <Textarea {...control} rows={14} spellCheck={false} className="font-mono text-xs" {...form.register("json")} />}
        </Field>
        <div>
          <Button type="submit">
            {busy ? <Loader2 aria-hidden className="animate-spin" /> : null} Check and import
          </Button>
        </div>
      </fieldset>
    </form>
  );
}
