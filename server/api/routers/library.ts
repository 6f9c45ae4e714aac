import * as z from "zod";
import {
  ZCheckPreviewInput,
  ZCreateTemplateInput,
  ZImportInstrumentInput,
  ZLibraryFilters,
  ZSaveTemplateVersionInput,
  ZSetArchivedInput,
  ZTemplateId,
  ZTemplateRef,
} from "@/db/schema/exercises/validation";
import { setArchived } from "../../services/library/archive-template";
import { checkPreviewAnswers } from "../../services/library/check-answers";
import { duplicateTemplate } from "../../services/library/duplicate-template";
import { getLibraryTemplate } from "../../services/library/get-template";
import { importInstrument } from "../../services/library/import-instrument";
import { listLibrary } from "../../services/library/list-library";
import { createTemplate, saveTemplateVersion } from "../../services/library/save-template";
import { counselorProcedure, createRouter } from "../trpc";

export const libraryRouter = createRouter({
  list: counselorProcedure
    .meta({ policy: "library.list" })
    .input(ZLibraryFilters)
    .query(({ ctx, input }) => listLibrary(ctx, input)),

  get: counselorProcedure
    .meta({ policy: "library.get" })
    .input(ZTemplateRef)
    .query(({ ctx, input }) => getLibraryTemplate(ctx, input)),

  create: counselorProcedure
    .meta({ policy: "library.create" })
    .input(ZCreateTemplateInput)
    .mutation(({ ctx, input }) => createTemplate(ctx, input.definition)),

  saveVersion: counselorProcedure
    .meta({ policy: "library.saveVersion" })
    .input(ZSaveTemplateVersionInput)
    .mutation(({ ctx, input }) => saveTemplateVersion(ctx, input)),

  duplicate: counselorProcedure
    .meta({ policy: "library.duplicate" })
    .input(z.object({ templateId: ZTemplateId }).strict())
    .mutation(({ ctx, input }) => duplicateTemplate(ctx, input.templateId)),

  setArchived: counselorProcedure
    .meta({ policy: "library.setArchived" })
    .input(ZSetArchivedInput)
    .mutation(({ ctx, input }) => setArchived(ctx, input)),

  importInstrument: counselorProcedure
    .meta({ policy: "library.importInstrument" })
    .input(ZImportInstrumentInput)
    .mutation(({ ctx, input }) => importInstrument(ctx, input.json)),

  checkPreview: counselorProcedure
    .meta({ policy: "library.checkPreview" })
    .input(ZCheckPreviewInput)
    .mutation(({ ctx, input }) => checkPreviewAnswers(ctx, input)),
});
