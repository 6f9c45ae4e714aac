import { and, asc, desc, eq, ilike, isNotNull, isNull, or, sql, type SQL } from "drizzle-orm";
import type { Database } from "../client";
import type { Audience, CouplePhase } from "../schema/_shared/enums";
import type { TTemplateDefinition } from "../schema/exercises/definition";
import { exerciseTemplates, exerciseTemplateVersions } from "../schema";

export interface LibraryFilters {
  text?: string | undefined;
  phase?: CouplePhase | undefined;
  audience?: Audience | undefined;
  tag?: string | undefined;
  origin?: "builtin" | "custom" | undefined;
  archived?: boolean | undefined;
}

/** Built-in templates, plus the practice's own. Another practice's templates never match. */
function inLibraryOf(practiceId: string) {
  return or(isNull(exerciseTemplates.practiceId), eq(exerciseTemplates.practiceId, practiceId));
}

function latestVersions(db: Database) {
  return db
    .selectDistinctOn([exerciseTemplateVersions.templateId], {
      templateId: exerciseTemplateVersions.templateId,
      versionId: exerciseTemplateVersions.id,
      version: exerciseTemplateVersions.version,
      definition: exerciseTemplateVersions.definition,
      savedAt: exerciseTemplateVersions.createdAt,
    })
    .from(exerciseTemplateVersions)
    .orderBy(exerciseTemplateVersions.templateId, desc(exerciseTemplateVersions.version))
    .as("latest");
}

function escapeLike(text: string) {
  return text.replace(/[\\%_]/g, (match) => `\\${match}`);
}

/** The current version of every template in the practice's library that matches the filters. */
export async function listLibraryTemplates(db: Database, practiceId: string, filters: LibraryFilters) {
  const latest = latestVersions(db);
  const conditions: (SQL | undefined)[] = [
    inLibraryOf(practiceId),
    filters.archived ? isNotNull(exerciseTemplates.archivedAt) : isNull(exerciseTemplates.archivedAt),
  ];
  if (filters.origin) conditions.push(eq(exerciseTemplates.origin, filters.origin));
  if (filters.phase) conditions.push(sql`${latest.definition}->>'phase' = ${filters.phase}`);
  if (filters.audience) conditions.push(sql`${latest.definition}->>'audience' = ${filters.audience}`);
  if (filters.tag) conditions.push(sql`${latest.definition}->'tags' @> ${JSON.stringify([filters.tag])}::jsonb`);
  if (filters.text) {
    const pattern = `%${escapeLike(filters.text)}%`;
    conditions.push(
      or(
        ilike(sql`${latest.definition}->>'title'`, pattern),
        ilike(sql`${latest.definition}->>'summary'`, pattern),
        ilike(sql`(${latest.definition}->'tags')::text`, pattern),
      ),
    );
  }
  return db
    .select({
      id: exerciseTemplates.id,
      slug: exerciseTemplates.slug,
      origin: exerciseTemplates.origin,
      archivedAt: exerciseTemplates.archivedAt,
      versionId: latest.versionId,
      version: latest.version,
      definition: latest.definition,
      savedAt: latest.savedAt,
    })
    .from(exerciseTemplates)
    .innerJoin(latest, eq(latest.templateId, exerciseTemplates.id))
    .where(and(...conditions))
    .orderBy(asc(sql`${latest.definition}->>'phase'`), asc(sql`lower(${latest.definition}->>'title')`), asc(exerciseTemplates.id));
}

/** Every tag used by the current versions in the practice's library, for the filter menu. */
export async function listLibraryTags(db: Database, practiceId: string) {
  const latest = latestVersions(db);
  const rows = await db
    .selectDistinct({ tag: sql<string>`jsonb_array_elements_text(${latest.definition}->'tags')` })
    .from(exerciseTemplates)
    .innerJoin(latest, eq(latest.templateId, exerciseTemplates.id))
    .where(and(inLibraryOf(practiceId), isNull(exerciseTemplates.archivedAt)));
  return rows.map((row) => row.tag).sort();
}

/** A template in the practice's library with its version history; undefined for anything else. */
export async function findLibraryTemplate(db: Database, practiceId: string, templateId: string) {
  const [template] = await db
    .select({
      id: exerciseTemplates.id,
      slug: exerciseTemplates.slug,
      origin: exerciseTemplates.origin,
      practiceId: exerciseTemplates.practiceId,
      basedOnTemplateId: exerciseTemplates.basedOnTemplateId,
      archivedAt: exerciseTemplates.archivedAt,
      createdAt: exerciseTemplates.createdAt,
    })
    .from(exerciseTemplates)
    .where(and(inLibraryOf(practiceId), eq(exerciseTemplates.id, templateId)))
    .limit(1);
  if (!template) return undefined;
  // Version history without definitions: a long-edited template would otherwise ship every version's content.
  const versions = await db
    .select({
      id: exerciseTemplateVersions.id,
      version: exerciseTemplateVersions.version,
      title: sql<string>`${exerciseTemplateVersions.definition}->>'title'`,
      contentVersion: exerciseTemplateVersions.contentVersion,
      firstUsedAt: exerciseTemplateVersions.firstUsedAt,
      createdAt: exerciseTemplateVersions.createdAt,
    })
    .from(exerciseTemplateVersions)
    .where(eq(exerciseTemplateVersions.templateId, template.id))
    .orderBy(desc(exerciseTemplateVersions.version));
  return { ...template, versions };
}

/** The stored definition of one version (the caller has already scoped the template). */
export async function findVersionDefinition(db: Database, versionId: string) {
  const [row] = await db
    .select({ definition: exerciseTemplateVersions.definition })
    .from(exerciseTemplateVersions)
    .where(eq(exerciseTemplateVersions.id, versionId))
    .limit(1);
  if (!row) throw new Error(`template version ${versionId} vanished`);
  return row.definition;
}

export async function findSlugsLike(db: Database, practiceId: string, base: string) {
  const rows = await db
    .select({ slug: exerciseTemplates.slug })
    .from(exerciseTemplates)
    .where(and(eq(exerciseTemplates.practiceId, practiceId), ilike(exerciseTemplates.slug, `${escapeLike(base)}%`)));
  return new Set(rows.map((row) => row.slug));
}

export async function insertTemplate(db: Database, values: typeof exerciseTemplates.$inferInsert) {
  const [row] = await db.insert(exerciseTemplates).values(values).returning({ id: exerciseTemplates.id });
  if (!row) throw new Error("template insert returned no row");
  return row;
}

export async function insertTemplateVersion(
  db: Database,
  values: { templateId: string; version: number; definition: TTemplateDefinition; createdById?: string | null; contentVersion?: number | null },
) {
  const [row] = await db
    .insert(exerciseTemplateVersions)
    .values(values)
    .returning({ id: exerciseTemplateVersions.id, version: exerciseTemplateVersions.version });
  if (!row) throw new Error("template version insert returned no row");
  return row;
}

export async function setTemplateArchived(db: Database, templateId: string, archived: boolean) {
  await db
    .update(exerciseTemplates)
    .set({ archivedAt: archived ? new Date() : null })
    .where(eq(exerciseTemplates.id, templateId));
}

/** Built-in templates by slug, with the newest content version already stored. */
export async function listBuiltinContentVersions(db: Database) {
  return db
    .select({
      id: exerciseTemplates.id,
      slug: exerciseTemplates.slug,
      latestVersion: sql<number>`max(${exerciseTemplateVersions.version})`.mapWith(Number),
      latestContentVersion: sql<number | null>`max(${exerciseTemplateVersions.contentVersion})`.mapWith(Number),
    })
    .from(exerciseTemplates)
    .leftJoin(exerciseTemplateVersions, eq(exerciseTemplateVersions.templateId, exerciseTemplates.id))
    .where(and(isNull(exerciseTemplates.practiceId), eq(exerciseTemplates.origin, "builtin")))
    .groupBy(exerciseTemplates.id, exerciseTemplates.slug);
}
