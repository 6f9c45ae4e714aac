import { isUniqueViolation } from "@/db/errors";
import { insertTemplate, insertTemplateVersion } from "@/db/queries/templates";
import type { TTemplateDefinition } from "@/db/schema/exercises/definition";
import type { CounselorViewer } from "../../auth/viewer";
import { ConflictError, ValidationError } from "../../errors";
import { recordAudit } from "../audit";
import type { ServiceContext } from "../context";
import { latestVersionOf, requireLibraryTemplate } from "./find-template";
import { uniqueSlug } from "./slug";

const SLUG_ATTEMPTS = 3;

/** A new practice template, saved as version 1. */
export async function createTemplate(
  ctx: ServiceContext<CounselorViewer>,
  definition: TTemplateDefinition,
  options: { basedOnTemplateId?: string; action?: string } = {},
) {
  // Two counselors creating templates with the same title at the same moment race for
  // the slug; the unique index decides and the loser tries again with a fresh one.
  for (let attempt = 1; ; attempt++) {
    try {
      return await insertNewTemplate(ctx, definition, options, attempt > 1);
    } catch (error) {
      if (attempt >= SLUG_ATTEMPTS || !isUniqueViolation(error, "exercise_templates_practice_slug_key")) throw error;
    }
  }
}

async function insertNewTemplate(
  ctx: ServiceContext<CounselorViewer>,
  definition: TTemplateDefinition,
  options: { basedOnTemplateId?: string; action?: string },
  randomSuffix: boolean,
) {
  return ctx.db.transaction(async (tx) => {
    const template = await insertTemplate(tx, {
      practiceId: ctx.viewer.practiceId,
      slug: await uniqueSlug(tx, ctx.viewer.practiceId, definition.title, randomSuffix),
      origin: "custom",
      createdById: ctx.viewer.userId,
      basedOnTemplateId: options.basedOnTemplateId ?? null,
    });
    const version = await insertTemplateVersion(tx, { templateId: template.id, version: 1, definition, createdById: ctx.viewer.userId });
    await recordAudit(tx, ctx.viewer, ctx.request, {
      action: options.action ?? "template.create",
      entityType: "exercise_template",
      entityId: template.id,
      details: { versionId: version.id, basedOnTemplateId: options.basedOnTemplateId ?? null },
    });
    return { templateId: template.id, version: version.version };
  });
}

const STALE = "Someone saved a newer version of this exercise while you were editing. Reload to see it; your changes here are not saved.";

/**
 * Edits never touch a stored version: they add the next one. Versions already used by
 * an assignment stay exactly as they were, so earlier answers keep rendering against them.
 */
export async function saveTemplateVersion(
  ctx: ServiceContext<CounselorViewer>,
  input: { templateId: string; basedOnVersion: number; definition: TTemplateDefinition },
) {
  try {
    return await ctx.db.transaction(async (tx) => {
      const template = await requireLibraryTemplate(tx, ctx.viewer, input.templateId);
      if (template.origin !== "custom" || template.practiceId !== ctx.viewer.practiceId) {
        throw ValidationError.form("Built-in exercises can't be changed. Duplicate it to make a version for your practice.");
      }
      const latest = latestVersionOf(template);
      if (latest.version !== input.basedOnVersion) throw new ConflictError(STALE);
      const version = await insertTemplateVersion(tx, {
        templateId: template.id,
        version: latest.version + 1,
        definition: input.definition,
        createdById: ctx.viewer.userId,
      });
      await recordAudit(tx, ctx.viewer, ctx.request, {
        action: "template.version.create",
        entityType: "exercise_template",
        entityId: template.id,
        details: { versionId: version.id, version: version.version },
      });
      return { templateId: template.id, version: version.version };
    });
  } catch (error) {
    // Two counselors saving at the same moment: the unique (template, version) index decides.
    if (isUniqueViolation(error, "exercise_template_versions_template_version_key")) throw new ConflictError(STALE);
    throw error;
  }
}
