import { randomBytes } from "node:crypto";
import { eq } from "drizzle-orm";
import type { Database } from "@/db/client";
import type { PartnerLabel, TaskStatus, UserRole } from "@/db/schema/_shared/enums";
import {
  assignments,
  consentRecords,
  coupleMembers,
  couples,
  exerciseTemplates,
  exerciseTemplateVersions,
  practices,
  tasks,
  userSessions,
  userTotp,
  users,
} from "@/db/schema";
import type { TSchedule } from "@/db/schema/assignments/schedule";
import { ZTemplateDefinition, type TTemplateDefinition } from "@/db/schema/exercises/definition";
import { sealTotpSecret } from "@/server/auth/mfa/sealed-secrets";
import { newTotpSecret } from "@/server/auth/mfa/totp";
import { hashPassword } from "@/server/auth/password";

let sequence = 0;
/** Unique per call across files and runs sharing one database. */
export function unique(prefix: string): string {
  sequence += 1;
  return `${prefix}-${Date.now().toString(36)}${sequence.toString(36)}${randomBytes(3).toString("hex")}`;
}

export interface TestUser {
  id: string;
  role: UserRole;
  practiceId: string;
  email: string;
  displayName: string;
  sessionVersion: number;
  /** An open sign-in (user_sessions row) that claimsFor() puts in the token. */
  sessionId: string;
  password?: string;
  /** The base32 secret of a confirmed authenticator, when the user has one. */
  totpSecret?: string;
}

/**
 * Two-step verification of a test user: "verified" has a confirmed authenticator and
 * a sign-in that passed it (the default for staff, who reach nothing otherwise);
 * "enrolled" has the authenticator but a sign-in still at the code step; "none" has no
 * authenticator (the default for partners).
 */
export type TestMfa = "verified" | "enrolled" | "none";

export async function createPractice(db: Database, overrides: Partial<typeof practices.$inferInsert> = {}) {
  const slug = unique("practice");
  const [row] = await db
    .insert(practices)
    .values({ name: `Practice ${slug}`, slug, ...overrides })
    .returning();
  return row!;
}

export async function createUser(
  db: Database,
  options: { practiceId: string; role: UserRole; password?: string; displayName?: string; disabled?: boolean; mfa?: TestMfa },
): Promise<TestUser> {
  const email = `${unique(options.role)}@example.test`;
  const [row] = await db
    .insert(users)
    .values({
      practiceId: options.practiceId,
      role: options.role,
      email,
      displayName: options.displayName ?? `${options.role} ${email.slice(0, 12)}`,
      passwordHash: options.password ? await hashPassword(options.password) : null,
      disabled: options.disabled ?? false,
    })
    .returning();
  const mfa = options.mfa ?? (options.role === "partner" ? "none" : "verified");
  const totpSecret = mfa === "none" ? undefined : await addAuthenticator(db, row!.id);
  const sessionId = await createSession(db, row!.id, { mfaVerified: mfa === "verified" });
  return {
    id: row!.id,
    sessionId,
    role: row!.role,
    practiceId: row!.practiceId,
    email: row!.email,
    displayName: row!.displayName,
    sessionVersion: row!.sessionVersion,
    password: options.password,
    ...(totpSecret ? { totpSecret } : {}),
  };
}

/** A confirmed authenticator for the user, with a fresh secret (returned, base32). */
export async function addAuthenticator(db: Database, userId: string): Promise<string> {
  const secret = newTotpSecret();
  await db.insert(userTotp).values({ userId, secretCiphertext: sealTotpSecret(userId, secret), confirmedAt: new Date() });
  return secret;
}

/** Turns on two-step verification for an existing test user; the returned user is a new sign-in still at the code step. */
export async function withAuthenticator(db: Database, user: TestUser): Promise<TestUser> {
  const totpSecret = await addAuthenticator(db, user.id);
  return { ...user, totpSecret, sessionId: await createSession(db, user.id, { mfaVerified: false }) };
}

/**
 * Another open sign-in for a user, as from a second device; past the two-step code
 * unless `mfaVerified: false` (for a user without an authenticator it makes no difference).
 */
export async function createSession(db: Database, userId: string, options: { mfaVerified?: boolean } = {}): Promise<string> {
  const [session] = await db
    .insert(userSessions)
    .values({ userId, mfaVerifiedAt: (options.mfaVerified ?? true) ? new Date() : null })
    .returning({ id: userSessions.id });
  return session!.id;
}

export async function createCouple(
  db: Database,
  options: { counselor: TestUser; labels?: [PartnerLabel, PartnerLabel]; timeZone?: string; displayName?: string; consented?: boolean },
) {
  const [couple] = await db
    .insert(couples)
    .values({
      practiceId: options.counselor.practiceId,
      counselorId: options.counselor.id,
      displayName: options.displayName ?? unique("Couple"),
      timeZone: options.timeZone ?? "America/Chicago",
    })
    .returning();
  const labels = options.labels ?? ["hurt", "involved"];
  const partners: TestUser[] = [];
  for (const [index, label] of labels.entries()) {
    const partner = await createUser(db, { practiceId: options.counselor.practiceId, role: "partner" });
    await db.insert(coupleMembers).values({ coupleId: couple!.id, userId: partner.id, slot: index + 1, label });
    // Partners in tests have accepted their couple's policy unless a test is about that step.
    if (options.consented ?? true) {
      await db.insert(consentRecords).values({ coupleId: couple!.id, userId: partner.id, policy: couple!.secretsPolicy, policyVersion: couple!.secretsPolicyVersion });
    }
    partners.push(partner);
  }
  return { couple: couple!, partners: partners as [TestUser, TestUser] };
}

export const sampleDefinition: TTemplateDefinition = ZTemplateDefinition.parse({
  title: "Daily check-in",
  summary: "Two minutes on how today went.",
  phase: "p1",
  audience: "each",
  sections: [
    {
      key: "today",
      title: "Today",
      fields: [{ key: "trust_today", type: "scale_0_10", label: "Trust today", required: true, visibility: "shared" }],
    },
  ],
});

export async function createTemplateVersion(db: Database, definition: TTemplateDefinition = sampleDefinition) {
  const [template] = await db
    .insert(exerciseTemplates)
    .values({ slug: unique("template"), origin: "builtin" })
    .returning();
  const [version] = await db
    .insert(exerciseTemplateVersions)
    .values({ templateId: template!.id, version: 1, definition })
    .returning();
  return version!;
}

export async function createAssignment(
  db: Database,
  options: {
    coupleId: string;
    assignedById: string;
    templateVersionId?: string;
    status?: "active" | "paused" | "ended";
    audience?: "hp" | "ip" | "each" | "together";
    schedule?: TSchedule;
    startsOn?: string;
  },
) {
  const templateVersionId = options.templateVersionId ?? (await createTemplateVersion(db)).id;
  await db.update(exerciseTemplateVersions).set({ firstUsedAt: new Date() }).where(eq(exerciseTemplateVersions.id, templateVersionId));
  const [row] = await db
    .insert(assignments)
    .values({
      coupleId: options.coupleId,
      templateVersionId,
      assignedById: options.assignedById,
      audience: options.audience ?? "each",
      schedule: options.schedule ?? { kind: "daily" },
      startsOn: options.startsOn ?? "2026-01-01",
      status: options.status ?? "active",
    })
    .returning();
  return row!;
}

export async function createTask(
  db: Database,
  options: { assignmentId: string; coupleId: string; assigneeId: string | null; dueOn: string; status?: TaskStatus; graceUntil?: Date; dueAt?: Date },
) {
  const dueAt = options.dueAt ?? new Date(`${options.dueOn}T23:59:59Z`);
  const [row] = await db
    .insert(tasks)
    .values({
      assignmentId: options.assignmentId,
      coupleId: options.coupleId,
      assigneeId: options.assigneeId,
      dueOn: options.dueOn,
      dueAt,
      graceUntil: options.graceUntil ?? new Date(dueAt.getTime() + 2 * 24 * 3600 * 1000),
      status: options.status ?? "not_started",
      submittedAt: options.status === "submitted" ? dueAt : null,
    })
    .returning();
  return row!;
}

/**
 * Everyone the authorization matrix needs: a counselor with a couple, a second
 * counselor in the same practice with their own couple, a counselor of another
 * practice, and the practice admin.
 */
export async function createWorld(db: Database) {
  const practice = await createPractice(db);
  const otherPractice = await createPractice(db);
  const counselor = await createUser(db, { practiceId: practice.id, role: "counselor" });
  const otherCounselor = await createUser(db, { practiceId: practice.id, role: "counselor" });
  const foreignCounselor = await createUser(db, { practiceId: otherPractice.id, role: "counselor" });
  const admin = await createUser(db, { practiceId: practice.id, role: "admin" });
  const own = await createCouple(db, { counselor });
  const other = await createCouple(db, { counselor: otherCounselor });
  return { practice, otherPractice, counselor, otherCounselor, foreignCounselor, admin, own, other };
}
