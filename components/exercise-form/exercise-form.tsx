"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { Loader2 } from "lucide-react";
import { useEffect, useMemo, useRef, type ReactNode } from "react";
import { FormProvider, useForm, useWatch, type Resolver } from "react-hook-form";
import { answerSchemaFor, shownFieldKeys, type Answers } from "@/db/schema/exercises/answers";
import { isListField, type TTemplateField } from "@/db/schema/exercises/field-types";
import { partnerFormFields, type PartnerForm } from "@/db/schema/exercises/partner-form";
import { Alert } from "../ui/alert";
import { Button } from "../ui/button";
import { ListFieldInput } from "./list-field";
import { ValueField } from "./value-field";
import { VisibilityNote } from "./visibility-note";

export interface ExerciseFormProps {
  /** One partner's form (partnerFormOf): never the whole definition. */
  form: PartnerForm;
  /** Receives answers that passed the derived schema. */
  onSubmit?: (answers: Answers) => void | Promise<void>;
  submitLabel?: string;
  /** Keeps ids unique when a form is rendered next to another one (e.g. the builder). */
  idPrefix?: string;
  /** Section headings sit one level below whatever heading introduces the form. */
  sectionHeading?: "h2" | "h3" | "h4";
  /** Answers to start from, e.g. a saved draft; anything missing starts empty. */
  defaultAnswers?: Answers;
  /** Called with the whole answer set after every change (autosave listens here). */
  onValuesChange?: (answers: Answers) => void;
  /** Called when focus leaves any question. */
  onFieldBlur?: () => void;
  /** Shown beside the submit button, e.g. the draft's saved state. */
  footer?: ReactNode;
}

function emptyAnswers(fields: TTemplateField[]): Answers {
  const answers: Answers = {};
  for (const field of fields) {
    if (field.type === "short_text" || field.type === "long_text" || field.type === "date") answers[field.key] = "";
    else if (field.type === "checklist") answers[field.key] = [];
    else if (isListField(field)) answers[field.key] = field.required || field.minItems > 0 ? [{}] : [];
  }
  return answers;
}

/** Which questions show right now: watches only the answers that conditions depend on. */
function useShownKeys(fields: TTemplateField[]): Set<string> {
  const dependencies = useMemo(() => [...new Set(fields.flatMap((field) => (field.showWhen ? [field.showWhen.field] : [])))], [fields]);
  const values = useWatch({ name: dependencies }) as unknown[];
  return shownFieldKeys(fields, Object.fromEntries(dependencies.map((key, index) => [key, values[index]])));
}

/** The sections and their questions; a question whose condition doesn't hold is not rendered, checked or kept. */
function ExerciseSections({ form, fields, idPrefix, heading: Heading }: { form: PartnerForm; fields: TTemplateField[]; idPrefix: string; heading: "h2" | "h3" | "h4" }) {
  const shown = useShownKeys(fields);
  return form.sections.map((section) => (
    <section key={section.key} aria-labelledby={`${idPrefix}-section-${section.key}`} className="flex flex-col gap-6">
      <div className="flex flex-col gap-1 border-b border-border pb-2">
        <Heading id={`${idPrefix}-section-${section.key}`} className="text-lg font-semibold">
          {section.title}
        </Heading>
        {section.intro ? <p className="text-sm text-muted-foreground">{section.intro}</p> : null}
      </div>
      {section.fields.map((field) => (shown.has(field.key) ? <Question key={field.key} field={field} idPrefix={idPrefix} /> : null))}
    </section>
  ));
}

function Question({ field, idPrefix }: { field: TTemplateField; idPrefix: string }) {
  const id = `${idPrefix}-${field.key}`;
  const note = <VisibilityNote id={`${id}-who`} visibility={field.visibility} pairedReveal={field.pairedReveal} />;
  return isListField(field) ? <ListFieldInput field={field} id={id} note={note} /> : <ValueField field={field} name={field.key} id={id} note={note} />;
}

/**
 * The form a partner fills in, generated from one template version. It validates
 * with the same derived answer schema the server uses, so a message shown here is
 * the message the server would give.
 */
export function ExerciseForm({
  form: partnerForm,
  onSubmit,
  submitLabel = "Submit",
  idPrefix = "answer",
  sectionHeading = "h2",
  defaultAnswers,
  onValuesChange,
  onFieldBlur,
  footer,
}: ExerciseFormProps) {
  const fields = useMemo(() => partnerFormFields(partnerForm), [partnerForm]);
  const resolver = useMemo((): Resolver<Answers> => zodResolver(answerSchemaFor(fields, { mode: "submit" })), [fields]);
  // react-hook-form focuses the first *registered* field with an error, which skips lists;
  // focusing the first problem in page order is what someone reading top to bottom expects.
  const form = useForm<Answers>({ resolver, mode: "onSubmit", reValidateMode: "onChange", shouldFocusError: false, defaultValues: { ...emptyAnswers(fields), ...defaultAnswers } });
  const onChangeRef = useRef(onValuesChange);
  useEffect(() => {
    onChangeRef.current = onValuesChange;
  }, [onValuesChange]);
  useEffect(() => {
    // Only edits to a question count; a reset or a validation pass is not a change to save.
    return form.subscribe({ formState: { values: true }, callback: ({ values, name }) => name !== undefined && onChangeRef.current?.(values) });
  }, [form]);
  const formRef = useRef<HTMLFormElement>(null);
  const focusFirstProblem = () =>
    requestAnimationFrame(() => formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"], [data-field-error]')?.focus());
  const { errors, isSubmitting, submitCount } = form.formState;
  const problems = Object.keys(errors).filter((key) => key !== "root").length;

  return (
    <FormProvider {...form}>
      <form
        ref={formRef}
        noValidate
        className="flex flex-col gap-8"
        onBlur={onFieldBlur}
        onSubmit={(event) => {
          // While a submission is in flight the button stays focusable but does nothing.
          if (isSubmitting) return event.preventDefault();
          void form.handleSubmit(async (answers) => onSubmit?.(answers), focusFirstProblem)(event);
        }}
      >
        <ExerciseSections form={partnerForm} fields={fields} idPrefix={idPrefix} heading={sectionHeading} />
        {problems > 0 ? (
          <Alert key={submitCount} tone="error">
            {problems === 1 ? "One answer needs attention before you submit." : `${problems} answers need attention before you submit.`}
          </Alert>
        ) : null}
        <div className="flex flex-wrap items-center gap-x-4 gap-y-3">
          <Button type="submit" aria-disabled={isSubmitting}>
            {isSubmitting ? <Loader2 aria-hidden className="animate-spin" /> : null}
            {submitLabel}
          </Button>
          {footer}
        </div>
      </form>
    </FormProvider>
  );
}
