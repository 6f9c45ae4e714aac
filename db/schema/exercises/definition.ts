import { z } from "zod";
import { AUDIENCES, COUPLE_PHASES, VISIBILITY_CLASSES } from "../_shared/enums";

/**
 * The structural core of a template definition, stored as JSON on each immutable
 * template version. The template-engine work extends the field types with their
 * own limits and options; every definition in the database must parse with this.
 */
export const FIELD_TYPES = [
  "short_text",
  "long_text",
  "scale_0_10",
  "likert_5",
  "likert_7",
  "yes_no",
  "single_select",
  "checklist",
  "date",
  "number",
  "repeatable_list",
  "promise_list",
  "agreement_list",
  "acknowledgement",
] as const;

export const ZFieldKey = z
  .string()
  .regex(/^[a-z][a-z0-9_]{0,62}$/, "Field keys are lower_snake_case, starting with a letter");

export const ZTemplateField = z.object({
  key: ZFieldKey,
  type: z.enum(FIELD_TYPES),
  label: z.string().trim().min(1).max(300),
  helpText: z.string().max(2000).optional(),
  required: z.boolean().default(false),
  visibility: z.enum(VISIBILITY_CLASSES),
});

export const ZTemplateDefinition = z
  .object({
    title: z.string().trim().min(1).max(120),
    summary: z.string().trim().max(600).default(""),
    phase: z.enum(COUPLE_PHASES),
    audience: z.enum(AUDIENCES),
    needsSafetyClearance: z.boolean().default(false),
    fields: z.array(ZTemplateField).min(1).max(100),
  })
  .superRefine((definition, ctx) => {
    const seen = new Set<string>();
    definition.fields.forEach((field, index) => {
      if (seen.has(field.key)) {
        ctx.addIssue({ code: "custom", path: ["fields", index, "key"], message: `Duplicate field key “${field.key}”` });
      }
      seen.add(field.key);
    });
  });
export type TTemplateDefinition = z.output<typeof ZTemplateDefinition>;
