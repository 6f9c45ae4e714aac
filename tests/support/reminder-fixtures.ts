import { inArray } from "drizzle-orm";
import type { Database } from "@/db/client";
import { notificationPreferences, users } from "@/db/schema";
import { instantIn } from "@/server/services/sessions/session-ref";
import { createAssignment, createCouple, createPractice, createTask, createTemplateVersion, createUser, type TestUser } from "./factories";

export { instantIn };

/** A couple whose partners have activated their accounts (only they get reminders). */
export async function createActiveCouple(db: Database, options: { timeZone: string; counselor?: TestUser }) {
  const counselor = options.counselor ?? (await createUser(db, { practiceId: (await createPractice(db, { timeZone: options.timeZone })).id, role: "counselor" }));
  const { couple, partners } = await createCouple(db, { counselor, timeZone: options.timeZone });
  await db
    .update(users)
    .set({ passwordHash: "$argon2id$v=19$m=19456,t=2,p=1$c2FsdHNhbHQ$aGFzaGhhc2hoYXNoaGFzaA" })
    .where(inArray(users.id, [counselor.id, ...partners.map((partner) => partner.id)]));
  return { counselor, couple, partners };
}

/** One one-off "each" task per partner due on `dueOn`, with an exercise title no email may contain. */
export async function assignDueOn(db: Database, options: { coupleId: string; counselor: TestUser; partners: TestUser[]; dueOn: string; title?: string }) {
  const version = await createTemplateVersion(db);
  const assignment = await createAssignment(db, {
    coupleId: options.coupleId,
    assignedById: options.counselor.id,
    templateVersionId: version.id,
    audience: "each",
    schedule: { kind: "once", dueOn: options.dueOn },
    startsOn: options.dueOn,
  });
  const tasks = [];
  for (const partner of options.partners) {
    tasks.push(await createTask(db, { assignmentId: assignment.id, coupleId: options.coupleId, assigneeId: partner.id, dueOn: options.dueOn }));
  }
  return { assignment, tasks };
}

export async function setPreferences(db: Database, userId: string, preferences: Partial<typeof notificationPreferences.$inferInsert>) {
  await db
    .insert(notificationPreferences)
    .values({ userId, ...preferences })
    .onConflictDoUpdate({ target: notificationPreferences.userId, set: preferences });
}
