"use client";

import type { UseFormReturn } from "react-hook-form";
import { VISIBILITY_CLASSES, type VisibilityClass } from "@/db/schema/_shared/enums";
import type { TEditAssignmentInput } from "@/db/schema/assignments/validation";
import type { SectionAudience } from "@/db/schema/exercises/definition";
import { SECTION_AUDIENCE_NAMES, VISIBILITY_NAMES } from "../exercises/labels";
import { errorAt } from "../forms/error-at";
import { Field } from "../forms/field";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "../ui/card";
import { NativeSelect } from "../ui/native-select";

export interface FieldPrivacy {
  key: string;
  label: string;
  section: { key: string; title: string; for: SectionAudience };
  defaultVisibility: VisibilityClass;
  /** The class this homework uses now: the template's, or an earlier override. */
  visibility: VisibilityClass;
}

/** The current class and every more private one, least private first. */
function reachableFrom(current: VisibilityClass): VisibilityClass[] {
  return VISIBILITY_CLASSES.slice(0, VISIBILITY_CLASSES.indexOf(current) + 1).reverse();
}

function bySection(fields: FieldPrivacy[]) {
  const sections: { section: FieldPrivacy["section"]; fields: FieldPrivacy[] }[] = [];
  for (const field of fields) {
    const last = sections.at(-1);
    if (last?.section.key === field.section.key) last.fields.push(field);
    else sections.push({ section: field.section, fields: [field] });
  }
  return sections;
}

/** One choice per question, offering only the classes an edit may move it to. */
export function PrivacyFields({ form, fields }: { form: UseFormReturn<TEditAssignmentInput, unknown, unknown>; fields: FieldPrivacy[] }) {
  const errors = form.formState.errors;
  return (
    <Card>
      <CardHeader>
        <CardTitle>Who reads each answer</CardTitle>
        <CardDescription>You can make an answer more private, not less: a partner may already be writing under what they were told.</CardDescription>
      </CardHeader>
      <CardContent className="flex flex-col gap-6">
        {bySection(fields).map(({ section, fields: sectionFields }) => (
          <fieldset key={section.key} className="flex min-w-0 flex-col gap-4">
            <legend className="mb-1 text-sm font-semibold">
              {section.title}
              {section.for === "everyone" ? "" : ` · ${SECTION_AUDIENCE_NAMES[section.for]}`}
            </legend>
            {sectionFields.map((field) => {
              const choices = reachableFrom(field.visibility);
              if (choices.length === 1) {
                return (
                  <div key={field.key} className="flex flex-col gap-1.5 text-sm">
                    <p className="font-medium">{field.label}</p>
                    <p className="text-muted-foreground">{VISIBILITY_NAMES[field.visibility]}. This is already as private as an answer can be.</p>
                  </div>
                );
              }
              return (
                <Field key={field.key} id={`privacy-${field.key}`} label={field.label} error={errorAt(errors, `visibilityOverrides.${field.key}`)}>
                  {(control) => (
                    <NativeSelect {...control} {...form.register(`visibilityOverrides.${field.key}`)}>
                      {choices.map((visibility) => (
                        <option key={visibility} value={visibility}>
                          {VISIBILITY_NAMES[visibility]}
                          {visibility === field.visibility ? " (now)" : ""}
                        </option>
                      ))}
                    </NativeSelect>
                  )}
                </Field>
              );
            })}
          </fieldset>
        ))}
      </CardContent>
    </Card>
  );
}
