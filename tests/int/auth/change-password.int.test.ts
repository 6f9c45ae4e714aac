import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { auditEvents, userSessions, users } from "@/db/schema";
import { verifyCredentials } from "@/server/auth/credentials";
import { ThrottledError } from "@/server/errors";
import { changePassword } from "@/server/services/account/change-password";
import { callerAs } from "../../support/callers";
import { useTestDatabase } from "../../support/database";
import { createCouple, createPractice, createSession, createUser } from "../../support/factories";
import { deliverQueuedEmail } from "../../support/mail";
import { serviceContextFor } from "../../support/two-factor";

const password = "the old passphrase, long enough";
const replacement = "a brand new passphrase for spring";

describe("changing one's password (security.md S2, S6)", () => {
  const test = useTestDatabase();

  async function counselor(mfa: "verified" | "enrolled" = "verified") {
    const practice = await createPractice(test.db);
    return createUser(test.db, { practiceId: practice.id, role: "counselor", password, mfa });
  }

  async function hashOf(userId: string) {
    const [row] = await test.db.select({ passwordHash: users.passwordHash }).from(users).where(eq(users.id, userId));
    return row?.passwordHash;
  }

  it("with the current password, sets the new one, ends every other sign-in and keeps this one", async () => {
    const user = await counselor();
    const phone = { ...user, sessionId: await createSession(test.db, user.id) };
    const tablet = { ...user, sessionId: await createSession(test.db, user.id) };

    expect(await callerAs(test.db, user).account.changePassword({ currentPassword: password, newPassword: replacement })).toEqual({ otherSessionsEnded: 2 });

    expect(await callerAs(test.db, user).couple.list()).toEqual([]);
    for (const other of [phone, tablet]) await expect(callerAs(test.db, other).viewer.me()).rejects.toMatchObject({ code: "UNAUTHORIZED" });
    const rows = await test.db.select().from(userSessions).where(eq(userSessions.userId, user.id));
    expect(rows.filter((row) => row.revokedAt !== null).map((row) => row.revokedReason)).toEqual(["password_changed", "password_changed"]);

    const request = { id: "after-change", ip: null, userAgent: null };
    expect(await verifyCredentials(test.db, { email: user.email, password: replacement }, request)).not.toBeNull();
    expect(await verifyCredentials(test.db, { email: user.email, password }, request)).toBeNull();
    const [audit] = await test.db.select().from(auditEvents).where(and(eq(auditEvents.entityId, user.id), eq(auditEvents.action, "auth.password_changed")));
    expect(audit).toMatchObject({ outcome: "success", details: { sessionId: user.sessionId, otherSessionsEnded: 2 } });
    expect(JSON.stringify(audit)).not.toContain(replacement);

    // The account's own address hears of it (C4), with nothing but a link.
    const [notice, ...more] = await deliverQueuedEmail(test.db, new Date(), [user.id]);
    expect(more).toEqual([]);
    expect(notice).toMatchObject({ to: user.email, subject: "Your Trellis password changed" });
    expect(notice!.text).not.toContain(replacement);
  });

  it("refuses a wrong current password, a leaked new one and the email, each on its field, changing nothing", async () => {
    const user = await counselor();
    const before = await hashOf(user.id);
    const caller = callerAs(test.db, user);
    await expect(caller.account.changePassword({ currentPassword: "not my password", newPassword: replacement })).rejects.toMatchObject({
      code: "BAD_REQUEST",
      cause: { fieldErrors: { currentPassword: ["That isn't your current password."] } },
    });
    await expect(caller.account.changePassword({ currentPassword: password, newPassword: "Password1" })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await expect(caller.account.changePassword({ currentPassword: password, newPassword: user.email.toUpperCase() })).rejects.toMatchObject({
      cause: { fieldErrors: { newPassword: ["Don't use your email address as your password."] } },
    });
    await expect(caller.account.changePassword({ currentPassword: password, newPassword: "short" })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    expect(await hashOf(user.id)).toBe(before);
    expect(await test.db.select().from(auditEvents).where(and(eq(auditEvents.entityId, user.id), eq(auditEvents.action, "auth.reauth")))).toMatchObject([
      { outcome: "denied", details: { purpose: "password_change" } },
    ]);
  });

  it("wrong current passwords count against the same throttle as signing in", async () => {
    const user = await counselor();
    const ctx = await serviceContextFor(test.db, user);
    const now = new Date("2026-03-02T09:00:00Z");
    for (let i = 0; i < 6; i++) await expect(changePassword(ctx, user.sessionId, { currentPassword: "guess", newPassword: replacement }, now)).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await expect(changePassword(ctx, user.sessionId, { currentPassword: password, newPassword: replacement }, now)).rejects.toBeInstanceOf(ThrottledError);
    await expect(verifyCredentials(test.db, { email: user.email, password }, { id: "x", ip: null, userAgent: null }, now)).rejects.toThrow("Too many sign-in attempts");
  });

  it("anonymous callers and sign-ins still at the code step can't; a partner can change their own", async () => {
    await expect(callerAs(test.db, null).account.changePassword({ currentPassword: password, newPassword: replacement })).rejects.toMatchObject({ code: "UNAUTHORIZED" });
    const held = await counselor("enrolled");
    await expect(callerAs(test.db, held).account.changePassword({ currentPassword: password, newPassword: replacement })).rejects.toMatchObject({ code: "UNAUTHORIZED", message: "Please finish two-step verification first." });

    const { partners } = await createCouple(test.db, { counselor: await counselor() });
    const other = partners[1];
    const otherBefore = await hashOf(other.id);
    // Partners in tests have no password; they get one the way an invitation would give it.
    await expect(callerAs(test.db, partners[0]).account.changePassword({ currentPassword: password, newPassword: replacement })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await test.db.update(users).set({ passwordHash: await hashOf(held.id) }).where(eq(users.id, partners[0].id));
    expect(await callerAs(test.db, partners[0]).account.changePassword({ currentPassword: password, newPassword: replacement })).toEqual({ otherSessionsEnded: 0 });
    expect(await hashOf(other.id)).toBe(otherBefore);
  });
});
