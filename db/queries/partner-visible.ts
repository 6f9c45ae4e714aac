import { and, desc, eq, gte, inArray, isNull, ne, or, sql } from "drizzle-orm";
import type { TTemplateDefinition } from "../schema/exercises/definition";
import type { Database } from "../client";
import { clearedForPartners } from "./clearance";
import { assignments, disclosures, exerciseTemplateVersions, responseFields, responseRevisions, responses, tasks } from "../schema";

export interface VisibleFilter {
  assignmentId?: string;
  dueOn?: string;
  /** Only occurrences due on or after this date: bounds the work to recent history. */
  dueFrom?: string;
  limit?: number;
}

/**
 * The single query through which a partner ever reads the other partner's words.
 * It returns a field only when the confidentiality model allows it:
 * - the response is submitted (drafts never leave their author);
 * - never a `safety` field, whatever else is recorded;
 * - a `shared` field, a `counselor_only` field the author shared, or a
 *   `release_gated` field the counselor released (the last two at the revision that
 *   consent or release was given for);
 * - and, for a held field (paired reveal, or shown only because of one), only once the
 *   viewer has submitted their own answer for the same occurrence: until then not even
 *   its existence.
 * Everything is filtered in SQL, so nothing else is ever loaded into the server.
 */
export async function listVisibleFromPartner(
  db: Database,
  scope: { coupleId: string; viewerId: string },
  filter: VisibleFilter = {},
) {
  // Plain SQL aliases: the outer query already uses the responses and tasks tables.
  const viewerSubmittedSameOccurrence = sql`EXISTS (
    SELECT 1 FROM responses own_response
    INNER JOIN tasks own_task ON own_task.id = own_response.task_id
    WHERE own_response.author_id = ${scope.viewerId}
      AND own_response.couple_id = ${scope.coupleId}
      AND own_response.state = 'submitted'
      AND own_task.assignment_id = ${tasks.assignmentId}
      AND own_task.due_on = ${tasks.dueOn})`;

  return db
    .select({
      responseId: responses.id,
      taskId: tasks.id,
      assignmentId: tasks.assignmentId,
      dueOn: tasks.dueOn,
      title: sql<string>`${exerciseTemplateVersions.definition}->>'title'`,
      templateVersionId: responses.templateVersionId,
      fieldKey: responseFields.fieldKey,
      via: sql<"shared" | "author_share" | "counselor_release">`coalesce(${disclosures.kind}::text, 'shared')`,
      value: sql<unknown>`CASE WHEN ${disclosures.id} IS NULL THEN ${responseFields.value} ELSE ${responseRevisions.fields} -> ${responseFields.fieldKey} -> 'value' END`,
    })
    .from(responses)
    .innerJoin(tasks, and(eq(tasks.id, responses.taskId), eq(tasks.coupleId, responses.coupleId)))
    .innerJoin(assignments, and(eq(assignments.id, tasks.assignmentId), eq(assignments.coupleId, tasks.coupleId)))
    .innerJoin(exerciseTemplateVersions, eq(exerciseTemplateVersions.id, responses.templateVersionId))
    .innerJoin(responseFields, eq(responseFields.responseId, responses.id))
    .leftJoin(
      disclosures,
      and(
        eq(disclosures.responseId, responses.id),
        eq(disclosures.fieldKey, responseFields.fieldKey),
        isNull(disclosures.withdrawnAt),
        or(
          and(eq(disclosures.kind, "author_share"), eq(responseFields.visibility, "counselor_only")),
          and(eq(disclosures.kind, "counselor_release"), eq(responseFields.visibility, "release_gated")),
        ),
      ),
    )
    .leftJoin(responseRevisions, and(eq(responseRevisions.responseId, responses.id), eq(responseRevisions.version, disclosures.responseVersion)))
    .where(
      and(
        eq(responses.coupleId, scope.coupleId),
        ne(responses.authorId, scope.viewerId),
        eq(responses.state, "submitted"),
        ne(responseFields.visibility, "safety"),
        or(eq(responseFields.visibility, "shared"), and(sql`${disclosures.id} IS NOT NULL`, sql`${responseRevisions.id} IS NOT NULL`)),
        // Held answers (paired reveal, and questions that depend on one) wait for the viewer's own, however they were made visible.
        or(eq(responseFields.pairedReveal, false), viewerSubmittedSameOccurrence),
        // An exercise paused by an open violence/coercion concern shares and releases nothing, old or new.
        clearedForPartners(responses.coupleId),
        filter.assignmentId ? eq(tasks.assignmentId, filter.assignmentId) : undefined,
        filter.dueOn ? eq(tasks.dueOn, filter.dueOn) : undefined,
        filter.dueFrom ? gte(tasks.dueOn, filter.dueFrom) : undefined,
      ),
    )
    .orderBy(desc(tasks.dueOn), tasks.id, responseFields.fieldKey)
    .limit(filter.limit ?? 500);
}

export type VisibleFromPartnerRow = Awaited<ReturnType<typeof listVisibleFromPartner>>[number];

/** The definitions behind a set of visible rows, each loaded once however many answers use it. */
export async function loadDefinitions(db: Database, versionIds: string[]) {
  if (versionIds.length === 0) return new Map<string, TTemplateDefinition>();
  const rows = await db
    .select({ id: exerciseTemplateVersions.id, definition: exerciseTemplateVersions.definition })
    .from(exerciseTemplateVersions)
    .where(inArray(exerciseTemplateVersions.id, [...new Set(versionIds)]));
  return new Map(rows.map((row) => [row.id, row.definition]));
}
