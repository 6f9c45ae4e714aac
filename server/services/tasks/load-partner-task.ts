import type { Database } from "@/db/client";
import { findPartnerTask, type PartnerTaskRow } from "@/db/queries/responses";
import { variantFor, withOverrides } from "@/db/schema/assignments/rules";
import type { TTemplateDefinition, Variant } from "@/db/schema/exercises/definition";
import { fieldsForVariant } from "@/db/schema/exercises/answers";
import type { TTemplateField } from "@/db/schema/exercises/field-types";
import type { PartnerViewer } from "../../auth/viewer";
import { NotFoundError, ValidationError } from "../../errors";

export interface PartnerTask extends PartnerTaskRow {
  variant: Variant;
  /** The template version with this assignment's visibility overrides applied. */
  effective: TTemplateDefinition;
  /** The viewer's own questions, in order. */
  fields: TTemplateField[];
  isJoint: boolean;
}

/**
 * The viewer's own task (or their couple's joint task) as the form sees it. Every task
 * procedure starts here, so a task outside the viewer's reach is NOT_FOUND everywhere.
 */
export async function requirePartnerTask(db: Database, viewer: PartnerViewer, taskId: string): Promise<PartnerTask> {
  const row = await findPartnerTask(db, { coupleId: viewer.coupleId, userId: viewer.userId }, taskId);
  if (!row) throw new NotFoundError("We couldn't find that exercise.");
  const variant = variantFor(row.audience, row.label);
  const effective = withOverrides(row.definition, row.visibilityOverrides);
  return { ...row, variant, effective, fields: fieldsForVariant(effective, variant), isJoint: row.assigneeId === null };
}

/** Whether new words can still be submitted: before the grace window ends, and not skipped or paused. */
export function assertOpenForAnswers(task: PartnerTask, now: Date) {
  if (task.assignmentStatus === "paused") throw ValidationError.form("Your counselor has paused this exercise for now. Your draft is kept.");
  if (task.status === "skipped") throw ValidationError.form("You skipped this exercise, so it can't be changed now.");
  if (task.status === "missed" || task.graceUntil < now) {
    throw ValidationError.form("This exercise has closed: its time to submit has passed. Your draft is kept, and your counselor can see that it was missed.");
  }
}

/**
 * Which answers wait for the other partner's own answer before they can see them: the
 * paired-reveal ones, and any question shown only because of one (directly or down a
 * chain), since its mere presence would tell how the paired question was answered.
 */
export function heldUntilAnswered(fields: TTemplateField[]): Set<string> {
  const held = new Set<string>();
  // Conditions only point at earlier questions, so one pass in order settles every chain.
  for (const field of fields) if (field.pairedReveal || (field.showWhen && held.has(field.showWhen.field))) held.add(field.key);
  return held;
}

/** Stored rows for validated answers: each at the class this assignment gives its field. */
export function storedFieldsOf(fields: TTemplateField[], answers: Record<string, unknown>) {
  const held = heldUntilAnswered(fields);
  return fields.flatMap((field) =>
    Object.hasOwn(answers, field.key) ? [{ fieldKey: field.key, visibility: field.visibility, pairedReveal: held.has(field.key), value: answers[field.key] }] : [],
  );
}
