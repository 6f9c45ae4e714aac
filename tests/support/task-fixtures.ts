import { ZTemplateDefinition, type TTemplateDefinition } from "@/db/schema/exercises/definition";
import type { Database } from "@/db/client";
import { partnerSections } from "./canary";
import { todayIn } from "@/db/schema/_shared/calendar";
import { deadlinesFor } from "@/db/schema/assignments/occurrences";
import { createAssignment, createTask, createTemplateVersion, type TestUser } from "./factories";

/** One question of every visibility class, plus a paired-reveal pair, for confidentiality tests. */
export const everyClassDefinition: TTemplateDefinition = ZTemplateDefinition.parse({
  title: "Every class check-in",
  summary: "Fixture with one answer of each visibility class.",
  phase: "p1",
  audience: "each",
  sections: [
    ...partnerSections(
      [{ key: "hp_trust", type: "scale_0_10", label: "Trust today", visibility: "shared", pairKey: "trust", pairedReveal: true }],
      [{ key: "ip_trust", type: "scale_0_10", label: "Trust I sensed", visibility: "shared", pairKey: "trust", pairedReveal: true }],
    ),
    {
      key: "all",
      title: "Everyone",
      fields: [
        { key: "shared_note", type: "short_text", label: "Shared note", visibility: "shared" },
        { key: "private_note", type: "long_text", label: "Private note", visibility: "counselor_only" },
        { key: "letter", type: "long_text", label: "Letter", visibility: "release_gated" },
        { key: "safety_note", type: "long_text", label: "Safety note", visibility: "safety" },
        { key: "required_note", type: "short_text", label: "Required", visibility: "shared", required: true },
      ],
    },
  ],
});

/** An "each" assignment of the fixture with one task per partner due today in the couple's zone. */
export async function createEveryClassOccurrence(
  db: Database,
  options: { counselor: TestUser; coupleId: string; partners: [TestUser, TestUser]; timeZone?: string; dueOn?: string; graceUntil?: Date },
) {
  const version = await createTemplateVersion(db, everyClassDefinition);
  const timeZone = options.timeZone ?? "America/Chicago";
  const dueOn = options.dueOn ?? todayIn(timeZone);
  // The deadline is the end of the due date in the couple's zone, as the app computes it;
  // the end of the UTC date would already have passed in the hours after UTC midnight.
  const { dueAt } = deadlinesFor(dueOn, timeZone);
  const assignment = await createAssignment(db, {
    coupleId: options.coupleId,
    assignedById: options.counselor.id,
    templateVersionId: version.id,
    audience: "each",
    schedule: { kind: "once", dueOn },
    startsOn: dueOn,
  });
  const extra = { dueAt, ...(options.graceUntil ? { graceUntil: options.graceUntil } : {}) };
  const hpTask = await createTask(db, { assignmentId: assignment.id, coupleId: options.coupleId, assigneeId: options.partners[0].id, dueOn, ...extra });
  const ipTask = await createTask(db, { assignmentId: assignment.id, coupleId: options.coupleId, assigneeId: options.partners[1].id, dueOn, ...extra });
  return { assignment, hpTask, ipTask, dueOn };
}
