import { hash } from "@node-rs/argon2";
import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { auditEvents, userSessions, users } from "@/db/schema";
import { verifyCredentials } from "@/server/auth/credentials";
import { useTestDatabase } from "../../support/database";
import { createPractice, createUser } from "../../support/factories";

const request = { id: "req-test", ip: "203.0.113.9", userAgent: "vitest" };
const password = "correct horse battery staple";

describe("verifyCredentials", () => {
  const test = useTestDatabase();

  async function newCounselor(options: { disabled?: boolean; password?: string } = {}) {
    const practice = await createPractice(test.db);
    return createUser(test.db, { practiceId: practice.id, role: "counselor", password, ...options });
  }

  it("accepts the right password, opens a session, and records the sign-in", async () => {
    const user = await newCounselor();
    const result = await verifyCredentials(test.db, { email: user.email, password }, request);
    expect(result).toMatchObject({ id: user.id, role: "counselor", sessionVersion: 1 });
    expect(result?.sessionId).toMatch(/^[0-9a-f-]{36}$/);
    const [session] = await test.db.select().from(userSessions).where(eq(userSessions.id, result!.sessionId));
    expect(session).toMatchObject({ userId: user.id, revokedAt: null, ipAddress: request.ip, userAgent: request.userAgent });

    const [row] = await test.db.select({ lastLoginAt: users.lastLoginAt }).from(users).where(eq(users.id, user.id));
    expect(row?.lastLoginAt).toBeInstanceOf(Date);
    const audit = await test.db.select().from(auditEvents).where(and(eq(auditEvents.entityId, user.id), eq(auditEvents.action, "auth.login")));
    expect(audit.map((event) => event.outcome)).toEqual(["success"]);
  });

  it("matches the email case-insensitively and ignores surrounding spaces", async () => {
    const user = await newCounselor();
    expect(await verifyCredentials(test.db, { email: `  ${user.email.toUpperCase()} `, password }, request)).not.toBeNull();
  });

  it("refuses a wrong password and records a denied attempt", async () => {
    const user = await newCounselor();
    expect(await verifyCredentials(test.db, { email: user.email, password: "not the password" }, request)).toBeNull();
    const audit = await test.db.select().from(auditEvents).where(eq(auditEvents.entityId, user.id));
    expect(audit.map((event) => event.outcome)).toEqual(["denied"]);
  });

  it("answers the same null for an unknown email, a disabled account and an account without a password", async () => {
    const disabled = await newCounselor({ disabled: true });
    const practice = await createPractice(test.db);
    const invitedOnly = await createUser(test.db, { practiceId: practice.id, role: "partner" });
    expect(await verifyCredentials(test.db, { email: "nobody-here@example.test", password }, request)).toBeNull();
    expect(await verifyCredentials(test.db, { email: disabled.email, password }, request)).toBeNull();
    expect(await verifyCredentials(test.db, { email: invitedOnly.email, password }, request)).toBeNull();
  });

  it("refuses malformed input before looking anything up, and records nothing", async () => {
    const marker = { ...request, id: `malformed-${crypto.randomUUID()}` };
    expect(await verifyCredentials(test.db, { email: "not-an-email", password }, marker)).toBeNull();
    expect(await verifyCredentials(test.db, undefined, marker)).toBeNull();
    expect(await test.db.select().from(auditEvents).where(eq(auditEvents.requestId, marker.id))).toEqual([]);
  });

  it("stores Argon2id hashes with at least 19 MiB of memory and 2 passes", async () => {
    const user = await newCounselor();
    const [row] = await test.db.select({ passwordHash: users.passwordHash }).from(users).where(eq(users.id, user.id));
    const match = /^\$argon2id\$v=19\$m=(\d+),t=(\d+),p=1\$/.exec(row?.passwordHash ?? "");
    expect(match).not.toBeNull();
    expect(Number(match?.[1])).toBeGreaterThanOrEqual(19_456);
    expect(Number(match?.[2])).toBeGreaterThanOrEqual(2);
  });

  it("upgrades a hash made with weaker settings at the next successful sign-in", async () => {
    const user = await newCounselor();
    const weak = await hash(password, { memoryCost: 4096, timeCost: 1, parallelism: 1 });
    await test.db.update(users).set({ passwordHash: weak }).where(eq(users.id, user.id));

    expect(await verifyCredentials(test.db, { email: user.email, password }, request)).not.toBeNull();
    const [row] = await test.db.select({ passwordHash: users.passwordHash }).from(users).where(eq(users.id, user.id));
    expect(row?.passwordHash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(await verifyCredentials(test.db, { email: user.email, password }, request)).not.toBeNull();
  });
});
