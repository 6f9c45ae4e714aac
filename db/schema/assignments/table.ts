import { relations, sql } from "drizzle-orm";
import { boolean, date, foreignKey, index, integer, jsonb, pgTable, text, unique, uuid } from "drizzle-orm/pg-core";
import { createdAt, id, tstz, updatedAt } from "../_shared/columns";
import type { VisibilityClass } from "../_shared/enums";
import { assignmentStatus, audience, skipReason, taskStatus } from "../_shared/pg-enums";
import { coupleMembers, couples } from "../couples/table";
import { exerciseTemplateVersions } from "../exercises/table";
import { users } from "../users/table";
import type { TSchedule } from "./schedule";

export const assignments = pgTable(
  "assignments",
  {
    id: id(),
    coupleId: uuid()
      .notNull()
      .references(() => couples.id, { onDelete: "cascade" }),
    templateVersionId: uuid()
      .notNull()
      .references(() => exerciseTemplateVersions.id, { onDelete: "restrict" }),
    assignedById: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "restrict" }),
    audience: audience().notNull(),
    schedule: jsonb().$type<TSchedule>().notNull(),
    startsOn: date({ mode: "string" }).notNull(),
    endsOn: date({ mode: "string" }),
    /** Shown to both partners; counselors are told so in the form. */
    noteToCouple: text(),
    /** Field key → a class at least as private as the template's default. */
    visibilityOverrides: jsonb().$type<Record<string, VisibilityClass>>().notNull().default({}),
    status: assignmentStatus().notNull().default("active"),
    version: integer().notNull().default(1),
    endedAt: tstz(),
    /** Tasks exist for every occurrence up to this date; see occurrences.ts and ARCHITECTURE.md. */
    tasksThrough: date({ mode: "string" }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    unique("assignments_id_couple_key").on(t.id, t.coupleId),
    index("assignments_couple_id_idx").on(t.coupleId, t.status),
    index("assignments_template_version_id_idx").on(t.templateVersionId),
    index("assignments_assigned_by_id_idx").on(t.assignedById),
    // The reminder job's "who still needs tasks created": only active homework, by how far it reaches.
    index("assignments_active_tasks_through_idx").on(t.tasksThrough).where(sql`${t.status} = 'active'`),
  ],
);

/**
 * One occurrence of an assignment for one partner, or for the couple together
 * (assignee null). couple_id is copied from the assignment so every task query can
 * be scoped to a couple without a join; composite foreign keys make the database
 * refuse a copy that disagrees with the assignment, or an assignee outside the couple.
 */
export const tasks = pgTable(
  "tasks",
  {
    id: id(),
    assignmentId: uuid()
      .notNull()
      .references(() => assignments.id, { onDelete: "cascade" }),
    coupleId: uuid()
      .notNull()
      .references(() => couples.id, { onDelete: "cascade" }),
    assigneeId: uuid().references(() => users.id, { onDelete: "restrict" }),
    dueOn: date({ mode: "string" }).notNull(),
    /** The end of the due date in the couple's zone, and the end of the grace window. */
    dueAt: tstz().notNull(),
    graceUntil: tstz().notNull(),
    status: taskStatus().notNull().default("not_started"),
    submittedAt: tstz(),
    isLate: boolean().notNull().default(false),
    skipReason: skipReason(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    unique("tasks_occurrence_key").on(t.assignmentId, t.assigneeId, t.dueOn).nullsNotDistinct(),
    unique("tasks_id_couple_key").on(t.id, t.coupleId),
    foreignKey({
      name: "tasks_assignment_same_couple_fk",
      columns: [t.assignmentId, t.coupleId],
      foreignColumns: [assignments.id, assignments.coupleId],
    }).onDelete("cascade"),
    foreignKey({
      name: "tasks_assignee_member_fk",
      columns: [t.coupleId, t.assigneeId],
      foreignColumns: [coupleMembers.coupleId, coupleMembers.userId],
    }),
    index("tasks_assignment_couple_idx").on(t.assignmentId, t.coupleId),
    index("tasks_couple_assignee_idx").on(t.coupleId, t.assigneeId, t.dueOn),
    index("tasks_assignee_id_idx").on(t.assigneeId, t.dueOn),
    // Completion since the last session: every task of a couple in a date range.
    index("tasks_couple_due_idx").on(t.coupleId, t.dueOn),
    // The counselor digest's "submitted in the last day" across a caseload.
    index("tasks_couple_submitted_idx").on(t.coupleId, t.submittedAt).where(sql`${t.submittedAt} IS NOT NULL`),
  ],
);

export const assignmentsRelations = relations(assignments, ({ one, many }) => ({
  couple: one(couples, { fields: [assignments.coupleId], references: [couples.id] }),
  templateVersion: one(exerciseTemplateVersions, {
    fields: [assignments.templateVersionId],
    references: [exerciseTemplateVersions.id],
  }),
  assignedBy: one(users, { fields: [assignments.assignedById], references: [users.id] }),
  tasks: many(tasks),
}));

export const tasksRelations = relations(tasks, ({ one }) => ({
  assignment: one(assignments, { fields: [tasks.assignmentId], references: [assignments.id] }),
  couple: one(couples, { fields: [tasks.coupleId], references: [couples.id] }),
  assignee: one(users, { fields: [tasks.assigneeId], references: [users.id] }),
}));
