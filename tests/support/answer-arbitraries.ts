import fc from "fast-check";
import { fieldsForVariant, itemFieldsOf, type Answers } from "@/db/schema/exercises/answers";
import type { TTemplateDefinition, Variant } from "@/db/schema/exercises/definition";
import type { TItemField, TTemplateField } from "@/db/schema/exercises/field-types";

const text = (max: number) =>
  fc
    .string({ minLength: 1, maxLength: Math.min(max, 60) })
    .filter((value) => value.trim() !== "")
    .map((value) => value.slice(0, max));

const isoDate = fc.integer({ min: 0, max: 20_000 }).map((days) => new Date(Date.UTC(1990, 0, 1) + days * 86_400_000).toISOString().slice(0, 10));

/** A valid, non-empty value for a single-value field. */
function valueOf(field: TItemField | TTemplateField): fc.Arbitrary<unknown> {
  switch (field.type) {
    case "short_text":
    case "long_text":
      return text(field.maxLength);
    case "scale_0_10":
      return fc.integer({ min: 0, max: 10 });
    case "likert_5":
      return fc.integer({ min: 1, max: 5 });
    case "likert_7":
      return fc.integer({ min: 1, max: 7 });
    case "yes_no":
      return fc.boolean();
    case "acknowledgement":
      return fc.constant(true);
    case "single_select":
      return fc.constantFrom(...field.options.map((option) => option.value));
    case "checklist": {
      const exclusive = new Set(field.options.filter((option) => option.exclusive).map((option) => option.value));
      return fc
        .subarray(
          field.options.map((option) => option.value),
          { minLength: Math.max(1, field.minSelected ?? 0), maxLength: field.maxSelected ?? field.options.length },
        )
        .map((ticked) => {
          // An exclusive option ("None of these") stands alone.
          const alone = ticked.find((value) => exclusive.has(value));
          return alone ? [alone] : ticked;
        });
    }
    case "date":
      return isoDate;
    case "number":
      return field.integer
        ? fc.integer({ min: Math.ceil(field.min ?? -1000), max: Math.floor(field.max ?? 1000) })
        : fc.double({ min: field.min ?? -1000, max: field.max ?? 1000, noNaN: true, noDefaultInfinity: true });
    case "repeatable_list":
    case "promise_list":
    case "agreement_list": {
      const item = fc.record(
        Object.fromEntries(itemFieldsOf(field).map((sub) => [sub.key, sub.required ? valueOf(sub) : fc.option(valueOf(sub), { nil: undefined })])),
        { requiredKeys: itemFieldsOf(field).filter((sub) => sub.required).map((sub) => sub.key) },
      );
      const least = Math.max(field.minItems, field.required ? 1 : 0);
      return fc.array(item, { minLength: least, maxLength: Math.max(least, Math.min(field.maxItems, 4)) });
    }
  }
}

/** Answers that a submission must accept: every required field answered, optional ones sometimes. */
export function validAnswers(definition: TTemplateDefinition, variant: Variant): fc.Arbitrary<Answers> {
  const fields = fieldsForVariant(definition, variant);
  return fc.record(
    Object.fromEntries(fields.map((field) => [field.key, field.required ? valueOf(field) : fc.option(valueOf(field), { nil: undefined })])),
    { requiredKeys: fields.filter((field) => field.required).map((field) => field.key) },
  );
}

/** A value of the wrong kind for a field, or one that breaks its limits. */
export function invalidValueOf(field: TTemplateField): unknown[] {
  switch (field.type) {
    case "short_text":
    case "long_text":
      return [42, "x".repeat(field.maxLength + 1)];
    case "scale_0_10":
      return [11, 2.5, "7"];
    case "likert_5":
      return [0, 6];
    case "likert_7":
      return [8, "agree"];
    case "yes_no":
    case "acknowledgement":
      return ["yes", 1];
    case "single_select":
      return ["not_an_option", 3];
    case "checklist":
      return [["not_an_option"], "x"];
    case "date":
      return ["31/12/2024", "2024-02-30"];
    case "number":
      return ["ten", ...(field.max !== undefined ? [field.max + 1] : []), ...(field.integer ? [1.5] : [])];
    case "repeatable_list":
    case "promise_list":
    case "agreement_list":
      return ["not a list", Array.from({ length: field.maxItems + 1 }, () => Object.fromEntries([[itemFieldsOf(field)[0]!.key, "x"]]))];
  }
}
