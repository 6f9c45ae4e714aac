import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { auditEvents, userSessions, users } from "@/db/schema";
import { callerAs } from "../../support/callers";
import { useScratchDatabase } from "../../support/database";
import { createSession, createWorld } from "../../support/factories";
import { deliverQueuedEmail, linkPathIn } from "../../support/mail";

const password = "a long and unusual passphrase 42";

describe("admins invite counselors and disable accounts (issue 7)", () => {
  // The mail job takes every waiting message, so this file keeps its own database (others send mail at the same time).
  const test = useScratchDatabase();

  it("invites a counselor by email; the link sets their password and the list shows each state", async () => {
    const world = await createWorld(test.db);
    const email = `new-counselor-${Date.now().toString(36)}@example.test`;
    const admin = callerAs(test.db, world.admin);
    const invited = await admin.practice.inviteCounselor({ displayName: "Noor Example", email });
    expect(invited.sendCount).toBe(1);
    await expect(admin.practice.inviteCounselor({ displayName: "Again", email })).rejects.toMatchObject({ code: "BAD_REQUEST" });

    const listed = await admin.practice.listCounselors();
    expect(listed.find((row) => row.email === email)?.account.state).toBe("invited");
    // The factory's counselor never set a password and has no invitation.
    expect(listed.find((row) => row.id === world.counselor.id)?.account.state).toBe("not_invited");

    const [message] = (await deliverQueuedEmail(test.db)).filter((sent) => sent.to === email);
    expect(message!.text).toContain("join your practice's team");
    const token = linkPathIn(message!).slice("/invite/".length);
    expect(await callerAs(test.db, null).invitation.accept({ token, password })).toMatchObject({ role: "counselor" });
    expect((await admin.practice.listCounselors()).find((row) => row.email === email)?.account.state).toBe("active");

    // Resending and revoking a counselor's invitation is the admin's; counselors can't.
    await expect(callerAs(test.db, world.counselor).practice.inviteCounselor({ displayName: "X", email: `x-${email}` })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(callerAs(test.db, world.counselor).invitation.send({ userId: invited.userId })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("disabling signs the person out at once, everywhere; re-enabling lets them sign in again", async () => {
    const world = await createWorld(test.db);
    const target = world.otherCounselor;
    const laptop = { ...target, sessionId: await createSession(test.db, target.id) };
    expect(await callerAs(test.db, laptop).couple.list()).toBeTruthy();

    expect(await callerAs(test.db, world.admin).practice.setAccountDisabled({ userId: target.id, disabled: true })).toEqual({ userId: target.id, disabled: true });
    // The same sign-in (token) is refused on its very next request.
    await expect(callerAs(test.db, laptop).couple.list()).rejects.toMatchObject({ code: "UNAUTHORIZED" });
    await expect(callerAs(test.db, target).viewer.me()).rejects.toMatchObject({ code: "UNAUTHORIZED" });
    const sessions = await test.db.select().from(userSessions).where(eq(userSessions.userId, target.id));
    expect(sessions.every((row) => row.revokedReason === "disabled")).toBe(true);
    expect((await callerAs(test.db, world.admin).practice.listCounselors()).find((row) => row.id === target.id)?.account.state).toBe("disabled");

    await callerAs(test.db, world.admin).practice.setAccountDisabled({ userId: target.id, disabled: false });
    const [row] = await test.db.select({ disabled: users.disabled, disabledAt: users.disabledAt, sessionVersion: users.sessionVersion }).from(users).where(eq(users.id, target.id));
    expect(row).toMatchObject({ disabled: false, disabledAt: null });
    const fresh = { ...target, sessionVersion: row!.sessionVersion, sessionId: await createSession(test.db, target.id) };
    expect(await callerAs(test.db, fresh).viewer.me()).toMatchObject({ userId: target.id });

    const actions = await test.db.select({ action: auditEvents.action }).from(auditEvents).where(and(eq(auditEvents.entityId, target.id), eq(auditEvents.actorId, world.admin.id)));
    expect(actions.map((entry) => entry.action)).toEqual(expect.arrayContaining(["practice.account_disabled", "practice.account_enabled"]));
  });

  it("an admin can disable a partner of the practice, but not themselves nor anyone of another practice", async () => {
    const world = await createWorld(test.db);
    const admin = callerAs(test.db, world.admin);
    await admin.practice.setAccountDisabled({ userId: world.own.partners[0].id, disabled: true });
    await expect(callerAs(test.db, world.own.partners[0]).today.get()).rejects.toMatchObject({ code: "UNAUTHORIZED" });
    await expect(admin.practice.setAccountDisabled({ userId: world.admin.id, disabled: true })).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(admin.practice.setAccountDisabled({ userId: world.foreignCounselor.id, disabled: true })).rejects.toMatchObject({ code: "NOT_FOUND" });
    for (const other of [world.counselor, world.own.partners[1]]) {
      await expect(callerAs(test.db, other).practice.setAccountDisabled({ userId: world.otherCounselor.id, disabled: true })).rejects.toMatchObject({ code: "FORBIDDEN" });
    }
    await expect(callerAs(test.db, null).practice.setAccountDisabled({ userId: world.otherCounselor.id, disabled: true })).rejects.toMatchObject({ code: "UNAUTHORIZED" });
    const [foreign] = await test.db.select({ disabled: users.disabled }).from(users).where(eq(users.id, world.foreignCounselor.id));
    expect(foreign!.disabled).toBe(false);
  });
});
