import { createInsertSchema, createSelectSchema } from "drizzle-zod";
import * as z from "zod";
import { AUDIENCES, COUPLE_PHASES } from "../_shared/enums";
import { isStorableText, UNSTORABLE_TEXT_MESSAGE } from "../_shared/text";
import { VARIANTS, ZTemplateDefinition } from "./definition";
import { exerciseTemplateVersions, exerciseTemplates } from "./table";

export const ZExerciseTemplate = createSelectSchema(exerciseTemplates);
export const ZNewTemplateVersion = createInsertSchema(exerciseTemplateVersions, {
  definition: () => ZTemplateDefinition,
});

export const ZTemplateId = z.uuid("That exercise link isn't valid");

/** Library search: every filter optional; empty strings (an untouched select) mean "any". */
const optional = <T extends z.ZodType>(schema: T) => z.preprocess((value) => (value === "" ? undefined : value), schema.optional());

export const ZLibraryFilters = z
  .object({
    text: optional(z.string().trim().max(100, "Search for 100 characters or fewer").refine(isStorableText, UNSTORABLE_TEXT_MESSAGE)),
    phase: optional(z.enum(COUPLE_PHASES)),
    audience: optional(z.enum(AUDIENCES)),
    tag: optional(z.string().trim().max(40).refine(isStorableText, UNSTORABLE_TEXT_MESSAGE)),
    origin: optional(z.enum(["builtin", "custom"])),
    archived: z.boolean().default(false),
  })
  .strict();

export const ZTemplateRef = z.object({ templateId: ZTemplateId, version: z.int().min(1).optional() }).strict();

export const ZCreateTemplateInput = z.object({ definition: ZTemplateDefinition }).strict();

export const ZSaveTemplateVersionInput = z
  .object({ templateId: ZTemplateId, basedOnVersion: z.int().min(1), definition: ZTemplateDefinition })
  .strict();

export const ZSetArchivedInput = z.object({ templateId: ZTemplateId, archived: z.boolean() }).strict();

export const ZCheckPreviewInput = z
  .object({
    templateId: ZTemplateId,
    version: z.int().min(1),
    variant: z.enum(VARIANTS),
    answers: z
      .record(z.string().max(64), z.unknown())
      .refine((answers) => Object.keys(answers).length <= 2000, "Too many answers for one exercise"),
  })
  .strict();

export const ZImportInstrumentInput = z
  .object({
    json: z
      .string()
      .trim()
      .min(1, "Paste the instrument's JSON definition, or choose a file")
      .max(500_000, "This is too large for one instrument (500,000 characters at most)"),
  })
  .strict();
