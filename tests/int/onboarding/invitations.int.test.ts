import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { auditEvents, invitations, users } from "@/db/schema";
import { verifyCredentials } from "@/server/auth/credentials";
import { acceptInvitation } from "@/server/services/invitations/accept-invitation";
import { callerAs } from "../../support/callers";
import { useScratchDatabase } from "../../support/database";
import { createCouple, createWorld } from "../../support/factories";
import { createInvitation } from "../../support/invitations";
import { deliverQueuedEmail, linkPathIn } from "../../support/mail";

const password = "a long and unusual passphrase 42";
const request = { id: "accept-test", ip: null, userAgent: null };

describe("partner invitations: send, resend, revoke, accept (issue 7)", () => {
  // The mail job takes every waiting message, so this file keeps its own database (others send mail at the same time).
  const test = useScratchDatabase();

  async function setup() {
    const world = await createWorld(test.db);
    const { couple, partners } = await createCouple(test.db, { counselor: world.counselor });
    return { world, couple, partners };
  }

  /** Sends and returns the token the emailed link carries. */
  async function mailedTokenFor(email: string) {
    const sent = (await deliverQueuedEmail(test.db)).filter((message) => message.to === email);
    expect(sent).toHaveLength(1);
    const path = linkPathIn(sent[0]!);
    expect(path).toMatch(/^\/invite\/[A-Za-z0-9_-]{43}$/);
    return { token: path.slice("/invite/".length), message: sent[0]! };
  }

  it("emails a single-use link (only its hash stored) that sets the password, once", async () => {
    const { world, couple, partners } = await setup();
    const counselor = callerAs(test.db, world.counselor);
    const sent = await counselor.invitation.send({ userId: partners[0].id });
    expect(sent.sendCount).toBe(1);
    expect(sent.expiresAt.getTime() - Date.now()).toBeGreaterThan(6.9 * 24 * 3600_000);

    const { token, message } = await mailedTokenFor(partners[0].email);
    const [row] = await test.db.select().from(invitations).where(eq(invitations.userId, partners[0].id));
    expect(row!.tokenHash).not.toContain(token);
    expect(JSON.stringify(row)).not.toContain(token);
    // Generic: no partner names, no couple name.
    expect(`${message.subject} ${message.text}`).not.toContain(partners[0].displayName);
    expect(`${message.subject} ${message.text}`).not.toContain(couple.displayName);

    const listed = await counselor.invitation.listForCouple({ coupleId: couple.id });
    expect(listed.map((partner) => partner.account.state)).toEqual(["invited", "not_invited"]);

    const anonymous = callerAs(test.db, null);
    expect(await anonymous.invitation.inspect({ token })).toMatchObject({ state: "valid", email: partners[0].email, role: "partner" });
    expect(await anonymous.invitation.accept({ token, password })).toEqual({ email: partners[0].email, role: "partner" });
    expect(await verifyCredentials(test.db, { email: partners[0].email, password }, request)).not.toBeNull();

    await expect(anonymous.invitation.accept({ token, password: "another long passphrase 7" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await anonymous.invitation.inspect({ token })).toEqual({ state: "used" });
    expect(await verifyCredentials(test.db, { email: partners[0].email, password }, request)).not.toBeNull();
    expect((await callerAs(test.db, world.counselor).invitation.listForCouple({ coupleId: couple.id }))[0]!.account.state).toBe("active");
    // An active account has nothing to send.
    await expect(callerAs(test.db, world.counselor).invitation.send({ userId: partners[0].id })).rejects.toMatchObject({ code: "CONFLICT" });

    const [audit] = await test.db.select().from(auditEvents).where(and(eq(auditEvents.entityId, partners[0].id), eq(auditEvents.action, "invitation.accept")));
    expect(audit).toMatchObject({ actorId: partners[0].id, outcome: "success", coupleId: couple.id });
  });

  it("resending replaces the link: the old one stops working, the new one works", async () => {
    const { world, partners } = await setup();
    const counselor = callerAs(test.db, world.counselor);
    await counselor.invitation.send({ userId: partners[1].id });
    const first = await mailedTokenFor(partners[1].email);
    const again = await counselor.invitation.send({ userId: partners[1].id });
    expect(again.sendCount).toBe(2);
    const second = await mailedTokenFor(partners[1].email);
    expect(second.token).not.toBe(first.token);
    expect(await test.db.select().from(invitations).where(eq(invitations.userId, partners[1].id))).toHaveLength(1);

    const anonymous = callerAs(test.db, null);
    expect(await anonymous.invitation.inspect({ token: first.token })).toEqual({ state: "unavailable" });
    await expect(anonymous.invitation.accept({ token: first.token, password })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await anonymous.invitation.accept({ token: second.token, password })).toMatchObject({ role: "partner" });
  });

  it("refuses a revoked link and an expired one, changing nothing", async () => {
    const { world, couple, partners } = await setup();
    const counselor = callerAs(test.db, world.counselor);
    await counselor.invitation.send({ userId: partners[0].id });
    const { token } = await mailedTokenFor(partners[0].email);
    expect(await counselor.invitation.revoke({ userId: partners[0].id })).toEqual({ revoked: true });
    await expect(counselor.invitation.revoke({ userId: partners[0].id })).rejects.toMatchObject({ code: "CONFLICT" });
    const anonymous = callerAs(test.db, null);
    expect(await anonymous.invitation.inspect({ token })).toEqual({ state: "unavailable" });
    await expect(anonymous.invitation.accept({ token, password })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await counselor.invitation.listForCouple({ coupleId: couple.id }))[0]!.account.state).toBe("revoked");

    const expired = await createInvitation(test.db, { user: partners[1], invitedBy: world.counselor, coupleId: couple.id, expiresAt: new Date(Date.now() - 1000) });
    expect(await anonymous.invitation.inspect({ token: expired.token })).toEqual({ state: "expired" });
    await expect(anonymous.invitation.accept({ token: expired.token, password })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await counselor.invitation.listForCouple({ coupleId: couple.id }))[1]!.account.state).toBe("expired");
    const [user] = await test.db.select({ passwordHash: users.passwordHash }).from(users).where(eq(users.id, partners[1].id));
    expect(user!.passwordHash).toBeNull();
  });

  it("two accepts of one link at the same moment: exactly one succeeds", async () => {
    const { world, couple, partners } = await setup();
    const { token } = await createInvitation(test.db, { user: partners[0], invitedBy: world.counselor, coupleId: couple.id });
    const results = await Promise.allSettled([
      acceptInvitation(test.db, request, { token, password }),
      acceptInvitation(test.db, request, { token, password: "a different passphrase 99" }),
    ]);
    expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(1);
    expect(results.filter((result) => result.status === "rejected")).toHaveLength(1);
    const accepts = await test.db.select().from(auditEvents).where(and(eq(auditEvents.entityId, partners[0].id), eq(auditEvents.action, "invitation.accept")));
    expect(accepts).toHaveLength(1);
  });

  it("refuses the account's email as password and a leaked password, keeping the link", async () => {
    const { world, couple, partners } = await setup();
    const { token } = await createInvitation(test.db, { user: partners[0], invitedBy: world.counselor, coupleId: couple.id });
    const anonymous = callerAs(test.db, null);
    await expect(anonymous.invitation.accept({ token, password: partners[0].email })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await expect(anonymous.invitation.accept({ token, password: "Password1" })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    expect(await anonymous.invitation.inspect({ token })).toMatchObject({ state: "valid" });
  });

  it("only the couple's own counselor may send, revoke or list; partners, colleagues, other practices and admins may not", async () => {
    const { world, couple, partners } = await setup();
    const target = { userId: partners[0].id };
    for (const stranger of [world.otherCounselor, world.foreignCounselor, world.admin]) {
      await expect(callerAs(test.db, stranger).invitation.send(target)).rejects.toMatchObject({ code: "NOT_FOUND" });
      await expect(callerAs(test.db, stranger).invitation.revoke(target)).rejects.toMatchObject({ code: "NOT_FOUND" });
    }
    for (const stranger of [world.otherCounselor, world.foreignCounselor]) {
      await expect(callerAs(test.db, stranger).invitation.listForCouple({ coupleId: couple.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    }
    await expect(callerAs(test.db, world.admin).invitation.listForCouple({ coupleId: couple.id })).rejects.toMatchObject({ code: "FORBIDDEN" });
    for (const partner of [world.own.partners[0], world.own.partners[1], world.other.partners[0]]) {
      await expect(callerAs(test.db, partner).invitation.send(target)).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(callerAs(test.db, partner).invitation.listForCouple({ coupleId: couple.id })).rejects.toMatchObject({ code: "FORBIDDEN" });
    }
    await expect(callerAs(test.db, null).invitation.send(target)).rejects.toMatchObject({ code: "UNAUTHORIZED" });
    // A counselor can't invite a colleague either.
    await expect(callerAs(test.db, world.counselor).invitation.send({ userId: world.otherCounselor.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await test.db.select().from(invitations).where(eq(invitations.userId, partners[0].id))).toEqual([]);
  });

  it("creating a couple with 'send invitations' invites both partners in the same step", async () => {
    const world = await createWorld(test.db);
    const tag = Date.now().toString(36);
    const emails = [`robin-${tag}@example.test`, `kai-${tag}@example.test`];
    const created = await callerAs(test.db, world.counselor).couple.create({
      displayName: `Couple ${tag}`,
      timeZone: "Europe/Berlin",
      secretsPolicy: "limited_secrets",
      sendInvitations: true,
      partners: [
        { displayName: "Robin Example", email: emails[0]!, label: "hurt" },
        { displayName: "Kai Example", email: emails[1]!, label: "involved" },
      ],
    });
    expect(created.invitationsSent).toBe(2);
    const sent = await deliverQueuedEmail(test.db);
    for (const email of emails) {
      const mine = sent.filter((message) => message.to === email);
      expect(mine).toHaveLength(1);
      const message = mine[0]!;
      const token = linkPathIn(message).slice("/invite/".length);
      expect(message.subject).toBe("Your Trellis invitation");
      expect(message.text).not.toMatch(/Robin|Kai/);
      expect(await callerAs(test.db, null).invitation.accept({ token, password })).toMatchObject({ role: "partner" });
    }
  });
});
