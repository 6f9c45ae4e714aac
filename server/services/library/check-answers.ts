import type { Variant } from "@/db/schema/exercises/definition";
import { validateAnswers } from "@/db/schema/exercises/answers";
import { computeScores } from "@/db/schema/exercises/scoring";
import type { CounselorViewer } from "../../auth/viewer";
import { ValidationError } from "../../errors";
import type { ServiceContext } from "../context";
import { loadVersion, requireLibraryTemplate } from "./find-template";

/**
 * The server half of a preview: checks answers against a version's derived answer
 * schema exactly as a submission will be checked, and saves nothing.
 */
export async function checkPreviewAnswers(
  ctx: ServiceContext<CounselorViewer>,
  input: { templateId: string; version: number; variant: Variant; answers: Record<string, unknown> },
) {
  const template = await requireLibraryTemplate(ctx.db, ctx.viewer, input.templateId);
  const version = await loadVersion(ctx.db, template, input.version);
  const result = validateAnswers(version.definition, input.variant, input.answers, { mode: "submit" });
  if (!result.success) throw ValidationError.fromIssues(result.issues, "Some answers need attention before this could be submitted.");
  return { accepted: true as const, scores: computeScores(version.definition, result.data, input.variant) };
}
