import { createInsertSchema, createSelectSchema } from "drizzle-zod";
import { ZTemplateDefinition } from "./definition";
import { exerciseTemplateVersions, exerciseTemplates } from "./table";

export const ZExerciseTemplate = createSelectSchema(exerciseTemplates);
export const ZNewTemplateVersion = createInsertSchema(exerciseTemplateVersions, {
  definition: () => ZTemplateDefinition,
});
