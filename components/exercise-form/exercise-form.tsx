"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { Loader2 } from "lucide-react";
import { useMemo } from "react";
import { FormProvider, useForm, useWatch, type Resolver } from "react-hook-form";
import { answerSchemaFor, isShown, sectionsForVariant, type Answers } from "@/db/schema/exercises/answers";
import type { TTemplateDefinition, Variant } from "@/db/schema/exercises/definition";
import { isListField, type TTemplateField } from "@/db/schema/exercises/field-types";
import { Alert } from "../ui/alert";
import { Button } from "../ui/button";
import { ListFieldInput } from "./list-field";
import { ValueField } from "./value-field";
import { VisibilityNote } from "./visibility-note";

export interface ExerciseFormProps {
  definition: TTemplateDefinition;
  variant: Variant;
  /** Receives answers that passed the derived schema. */
  onSubmit?: (answers: Answers) => void | Promise<void>;
  submitLabel?: string;
  /** Keeps ids unique when a form is rendered next to another one (e.g. the builder). */
  idPrefix?: string;
}

function emptyAnswers(definition: TTemplateDefinition, variant: Variant): Answers {
  const answers: Answers = {};
  for (const section of sectionsForVariant(definition, variant)) {
    for (const field of section.fields) {
      if (field.type === "short_text" || field.type === "long_text" || field.type === "date") answers[field.key] = "";
      else if (field.type === "checklist") answers[field.key] = [];
      else if (isListField(field)) answers[field.key] = field.required || field.minItems > 0 ? [{}] : [];
    }
  }
  return answers;
}

/** Renders a field only while its condition holds; a hidden answer is neither checked nor kept. */
function Question({ field, idPrefix }: { field: TTemplateField; idPrefix: string }) {
  const dependency: unknown = useWatch({ name: field.showWhen?.field ?? field.key, disabled: !field.showWhen });
  if (field.showWhen && !isShown(field, { [field.showWhen.field]: dependency })) return null;
  const id = `${idPrefix}-${field.key}`;
  const note = <VisibilityNote id={`${id}-who`} visibility={field.visibility} pairedReveal={field.pairedReveal} />;
  return isListField(field) ? <ListFieldInput field={field} id={id} note={note} /> : <ValueField field={field} name={field.key} id={id} note={note} />;
}

/**
 * The form a partner fills in, generated from one template version. It validates
 * with the same derived answer schema the server uses, so a message shown here is
 * the message the server would give.
 */
export function ExerciseForm({ definition, variant, onSubmit, submitLabel = "Submit", idPrefix = "answer" }: ExerciseFormProps) {
  const resolver = useMemo(
    (): Resolver<Answers> => zodResolver(answerSchemaFor(definition, variant, { mode: "submit" })),
    [definition, variant],
  );
  const form = useForm<Answers>({ resolver, mode: "onSubmit", reValidateMode: "onChange", defaultValues: emptyAnswers(definition, variant) });
  const { errors, isSubmitting, submitCount } = form.formState;
  const problems = Object.keys(errors).filter((key) => key !== "root").length;
  const sections = sectionsForVariant(definition, variant);

  return (
    <FormProvider {...form}>
      <form noValidate className="flex flex-col gap-8" onSubmit={(event) => void form.handleSubmit(async (answers) => onSubmit?.(answers))(event)}>
        {sections.map((section) => (
          <section key={section.key} aria-labelledby={`${idPrefix}-section-${section.key}`} className="flex flex-col gap-6">
            <div className="flex flex-col gap-1 border-b border-border pb-2">
              <h2 id={`${idPrefix}-section-${section.key}`} className="text-lg font-semibold">
                {section.title}
              </h2>
              {section.intro ? <p className="text-sm text-muted-foreground">{section.intro}</p> : null}
            </div>
            {section.fields.map((field) => (
              <Question key={field.key} field={field} idPrefix={idPrefix} />
            ))}
          </section>
        ))}
        {problems > 0 ? (
          <Alert key={submitCount} tone="error">
            {problems === 1 ? "One answer needs attention before you submit." : `${problems} answers need attention before you submit.`}
          </Alert>
        ) : null}
        <div>
          <Button type="submit" disabled={isSubmitting}>
            {isSubmitting ? <Loader2 aria-hidden className="animate-spin" /> : null}
            {submitLabel}
          </Button>
        </div>
      </form>
    </FormProvider>
  );
}
