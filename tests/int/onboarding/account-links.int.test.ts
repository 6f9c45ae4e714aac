import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { accountTokens, auditEvents, userSessions, users } from "@/db/schema";
import { verifyCredentials } from "@/server/auth/credentials";
import { requestPasswordReset, resetPassword } from "@/server/services/account/password-reset";
import { callerAs } from "../../support/callers";
import { useScratchDatabase } from "../../support/database";
import { createPractice, createSession, createUser } from "../../support/factories";
import { deliverQueuedEmail, linkPathIn } from "../../support/mail";

const password = "the old passphrase, long enough";
const replacement = "a brand new passphrase for spring";
const request = { id: "links-test", ip: "203.0.113.9", userAgent: null };

describe("password reset and email change by emailed link (issue 7)", () => {
  // The mail job takes every waiting message, so this file keeps its own database (others send mail at the same time).
  const test = useScratchDatabase();

  async function partnerAccount(options: { password?: string; disabled?: boolean } = { password }) {
    const practice = await createPractice(test.db);
    return createUser(test.db, { practiceId: practice.id, role: "partner", ...options });
  }

  /** Staff sign in without a couple; partners outside a couple have no viewer. */
  async function counselorAccount() {
    const practice = await createPractice(test.db);
    return createUser(test.db, { practiceId: practice.id, role: "counselor", password });
  }

  async function mailTo(email: string) {
    return (await deliverQueuedEmail(test.db)).filter((message) => message.to === email);
  }

  describe("password reset", () => {
    it("answers the same for an unknown, a disabled, a not-yet-joined and a real address; only the real one gets mail", async () => {
      const real = await partnerAccount();
      const disabled = await partnerAccount({ password, disabled: true });
      const notJoined = await partnerAccount({});
      const anonymous = callerAs(test.db, null);
      const answers = [];
      for (const email of [real.email, disabled.email, notJoined.email, "nobody-at-all@example.test"]) answers.push(await anonymous.account.requestPasswordReset({ email }));
      expect(new Set(answers.map((answer) => JSON.stringify(answer))).size).toBe(1);
      expect(await mailTo(real.email)).toHaveLength(1);
      expect(await mailTo(disabled.email)).toHaveLength(0);
      expect(await mailTo(notJoined.email)).toHaveLength(0);
    });

    it("a link works once, within 30 minutes, replaces older ones, and signs the account out everywhere", async () => {
      const user = await partnerAccount();
      const phone = { ...user, sessionId: await createSession(test.db, user.id) };
      await requestPasswordReset(test.db, request, { email: user.email });
      const [older] = await mailTo(user.email);
      await requestPasswordReset(test.db, request, { email: user.email });
      const [newer] = await mailTo(user.email);
      expect(newer!.subject).toBe("Reset your Trellis password");
      const olderToken = linkPathIn(older!).slice("/reset-password/".length);
      const token = linkPathIn(newer!).slice("/reset-password/".length);
      const anonymous = callerAs(test.db, null);

      expect(await anonymous.account.inspectLink({ purpose: "password_reset", token: olderToken })).toEqual({ state: "used" });
      await expect(anonymous.account.resetPassword({ token: olderToken, newPassword: replacement })).rejects.toMatchObject({ code: "NOT_FOUND" });
      expect(await anonymous.account.inspectLink({ purpose: "password_reset", token })).toEqual({ state: "valid" });
      // A password the rules refuse keeps the link usable.
      await expect(anonymous.account.resetPassword({ token, newPassword: user.email })).rejects.toMatchObject({ code: "BAD_REQUEST" });
      expect(await anonymous.account.resetPassword({ token, newPassword: replacement })).toEqual({ reset: true });

      for (const signIn of [user, phone]) await expect(callerAs(test.db, signIn).viewer.me()).rejects.toMatchObject({ code: "UNAUTHORIZED" });
      const sessions = await test.db.select().from(userSessions).where(eq(userSessions.userId, user.id));
      expect(sessions.every((row) => row.revokedReason === "password_reset")).toBe(true);
      expect(await verifyCredentials(test.db, { email: user.email, password: replacement }, { ...request, ip: null })).not.toBeNull();
      expect(await verifyCredentials(test.db, { email: user.email, password }, { ...request, ip: null })).toBeNull();

      await expect(anonymous.account.resetPassword({ token, newPassword: "yet another passphrase 31" })).rejects.toMatchObject({ code: "NOT_FOUND" });
      const [notice] = await mailTo(user.email);
      expect(notice!.subject).toBe("Your Trellis password changed");
      const [audit] = await test.db.select().from(auditEvents).where(and(eq(auditEvents.entityId, user.id), eq(auditEvents.action, "auth.password_reset")));
      expect(audit).toMatchObject({ actorId: user.id, outcome: "success" });
    });

    it("an expired link is refused", async () => {
      const user = await partnerAccount();
      await requestPasswordReset(test.db, request, { email: user.email }, new Date(Date.now() - 31 * 60_000));
      const [message] = await mailTo(user.email);
      const token = linkPathIn(message!).slice("/reset-password/".length);
      expect(await callerAs(test.db, null).account.inspectLink({ purpose: "password_reset", token })).toEqual({ state: "expired" });
      await expect(resetPassword(test.db, request, { token, newPassword: replacement })).rejects.toMatchObject({ name: "NotFoundError" });
    });

    it("is throttled per email: past the free requests no more mail goes out, with the same answer", async () => {
      const user = await partnerAccount();
      const answers = [];
      for (let attempt = 0; attempt < 8; attempt += 1) answers.push(await requestPasswordReset(test.db, { ...request, ip: null }, { email: user.email }));
      expect(new Set(answers.map((answer) => JSON.stringify(answer))).size).toBe(1);
      const tokens = await test.db.select().from(accountTokens).where(eq(accountTokens.userId, user.id));
      expect(tokens.length).toBeLessThan(8);
      expect(tokens.length).toBeGreaterThanOrEqual(5);
    });
  });

  describe("email change", () => {
    it("asks for the password, mails the new address, and on confirmation moves the sign-in and signs out everywhere", async () => {
      const user = await counselorAccount();
      const newEmail = `moved-${Date.now().toString(36)}@example.test`;
      const caller = callerAs(test.db, user);
      await expect(caller.account.requestEmailChange({ newEmail, currentPassword: "not my password" })).rejects.toMatchObject({ code: "BAD_REQUEST" });
      expect(await mailTo(newEmail)).toHaveLength(0);

      expect(await caller.account.requestEmailChange({ newEmail, currentPassword: password })).toMatchObject({ sent: true });
      const [confirm] = await mailTo(newEmail);
      expect(confirm!.subject).toBe("Confirm your new Trellis email");
      const token = linkPathIn(confirm!).slice("/confirm-email/".length);
      expect(await callerAs(test.db, null).account.confirmEmailChange({ token })).toEqual({ changed: true });

      const [row] = await test.db.select({ email: users.email }).from(users).where(eq(users.id, user.id));
      expect(row!.email).toBe(newEmail);
      await expect(callerAs(test.db, user).viewer.me()).rejects.toMatchObject({ code: "UNAUTHORIZED" });
      const [notice] = await mailTo(user.email);
      expect(notice!.subject).toBe("Your Trellis sign-in email changed");
      await expect(callerAs(test.db, null).account.confirmEmailChange({ token })).rejects.toMatchObject({ code: "NOT_FOUND" });
    });

    it("answers the same for a taken address, sends it nothing, and refuses a link whose address was taken meanwhile", async () => {
      const user = await counselorAccount();
      const other = await counselorAccount();
      const caller = callerAs(test.db, user);
      const taken = await caller.account.requestEmailChange({ newEmail: other.email, currentPassword: password });
      const free = `later-taken-${Date.now().toString(36)}@example.test`;
      const answer = await caller.account.requestEmailChange({ newEmail: free, currentPassword: password });
      expect(taken).toEqual(answer);
      const sent = await deliverQueuedEmail(test.db);
      expect(sent.filter((message) => message.to === other.email)).toHaveLength(0);
      const [confirm] = sent.filter((message) => message.to === free);
      await test.db.update(users).set({ email: free }).where(eq(users.id, other.id));
      const token = linkPathIn(confirm!).slice("/confirm-email/".length);
      await expect(callerAs(test.db, null).account.confirmEmailChange({ token })).rejects.toMatchObject({ code: "CONFLICT" });
      const [row] = await test.db.select({ email: users.email }).from(users).where(eq(users.id, user.id));
      expect(row!.email).toBe(user.email);
    });
  });
});
