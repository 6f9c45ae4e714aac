import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { auditEvents, userRecoveryCodes, userSessions, userTotp, users } from "@/db/schema";
import { totpCodeForStep, totpStepAt } from "@/server/auth/mfa/totp";
import { hashPassword } from "@/server/auth/password";
import { ThrottledError } from "@/server/errors";
import { verifyTwoFactor } from "@/server/services/account/verify-two-factor";
import { callerAs } from "../../support/callers";
import { useTestDatabase } from "../../support/database";
import { createCouple, createPractice, createSession, createUser, type TestUser, withAuthenticator } from "../../support/factories";
import { codeFor, serviceContextFor } from "../../support/two-factor";

const password = "a long enough test passphrase";

describe("two-step verification (security.md S4, S10)", () => {
  const test = useTestDatabase();

  async function staff(role: "counselor" | "admin" = "counselor", mfa: "verified" | "enrolled" | "none" = "enrolled", practiceOverrides = {}) {
    const practice = await createPractice(test.db, practiceOverrides);
    return createUser(test.db, { practiceId: practice.id, role, password, mfa });
  }

  async function auditOf(user: TestUser, action: string) {
    return test.db.select().from(auditEvents).where(and(eq(auditEvents.entityId, user.id), eq(auditEvents.action, action)));
  }

  /** Test partners are created without a password; these tests need one to re-enter. */
  async function givePassword<U extends TestUser>(user: U): Promise<U> {
    await test.db.update(users).set({ passwordHash: await hashPassword(password) }).where(eq(users.id, user.id));
    return user;
  }

  async function sessionRow(sessionId: string) {
    const [row] = await test.db.select().from(userSessions).where(eq(userSessions.id, sessionId));
    return row!;
  }

  describe("the code step of signing in", () => {
    it("a current code verifies this sign-in only, and is audited", async () => {
      const counselor = await staff();
      const otherDevice = { ...counselor, sessionId: await createSession(test.db, counselor.id, { mfaVerified: false }) };
      await expect(callerAs(test.db, counselor).couple.list()).rejects.toMatchObject({ code: "UNAUTHORIZED", message: "Please finish two-step verification first." });

      expect(await callerAs(test.db, counselor).account.verifyTwoFactor({ code: await codeFor(counselor.totpSecret) })).toEqual({ verified: true, recoveryCodesLeft: null });
      expect(await callerAs(test.db, counselor).couple.list()).toEqual([]);
      expect((await sessionRow(counselor.sessionId)).mfaVerifiedAt).toBeInstanceOf(Date);
      expect((await sessionRow(otherDevice.sessionId)).mfaVerifiedAt).toBeNull();
      await expect(callerAs(test.db, otherDevice).couple.list()).rejects.toMatchObject({ code: "UNAUTHORIZED", message: "Please finish two-step verification first." });
      expect(await auditOf(counselor, "mfa.verified")).toMatchObject([{ outcome: "success", details: { sessionId: counselor.sessionId, method: "totp" } }]);
    });

    it("a code works once: the same code on another sign-in is refused and audited as a failure", async () => {
      const counselor = await staff();
      const code = await codeFor(counselor.totpSecret);
      await callerAs(test.db, counselor).account.verifyTwoFactor({ code });
      const second = { ...counselor, sessionId: await createSession(test.db, counselor.id, { mfaVerified: false }) };
      await expect(callerAs(test.db, second).account.verifyTwoFactor({ code })).rejects.toMatchObject({ code: "BAD_REQUEST" });
      expect((await sessionRow(second.sessionId)).mfaVerifiedAt).toBeNull();
      expect(await auditOf(counselor, "mfa.failed")).toMatchObject([{ outcome: "denied", details: { purpose: "sign_in" } }]);
      // The next step's code (one step of drift) still works.
      expect(await callerAs(test.db, second).account.verifyTwoFactor({ code: await codeFor(counselor.totpSecret, new Date(), 1) })).toMatchObject({ verified: true });
    });

    it("the previous step's code is accepted (clock drift); two steps back is not", async () => {
      const counselor = await staff();
      await expect(callerAs(test.db, counselor).account.verifyTwoFactor({ code: await codeFor(counselor.totpSecret, new Date(), -2) })).rejects.toMatchObject({ code: "BAD_REQUEST" });
      expect(await callerAs(test.db, counselor).account.verifyTwoFactor({ code: await codeFor(counselor.totpSecret, new Date(), -1) })).toMatchObject({ verified: true });
    });

    it("another person's code does not verify my sign-in", async () => {
      const mine = await staff();
      const theirs = await staff();
      await expect(callerAs(test.db, mine).account.verifyTwoFactor({ code: await codeFor(theirs.totpSecret) })).rejects.toMatchObject({ code: "BAD_REQUEST" });
      expect((await sessionRow(mine.sessionId)).mfaVerifiedAt).toBeNull();
      // A token naming their sign-in with my account is no sign-in at all.
      await expect(callerAs(test.db, { ...mine, sessionId: theirs.sessionId }).account.verifyTwoFactor({ code: await codeFor(mine.totpSecret) })).rejects.toMatchObject({ code: "UNAUTHORIZED" });
      expect((await sessionRow(theirs.sessionId)).mfaVerifiedAt).toBeNull();
    });

    it("wrong codes are throttled per account: after five free failures even the right code waits, and nothing is checked meanwhile", async () => {
      const counselor = await staff();
      const ctx = await serviceContextFor(test.db, counselor);
      const start = new Date();
      for (let i = 0; i < 6; i++) await expect(verifyTwoFactor(ctx, counselor.sessionId, "000000", start)).rejects.toMatchObject({ code: "BAD_REQUEST" });
      const right = await codeFor(counselor.totpSecret, start);
      await expect(verifyTwoFactor(ctx, counselor.sessionId, right, start)).rejects.toBeInstanceOf(ThrottledError);
      // The refused right code was not used up: after the 2-second block it works.
      const later = new Date(start.getTime() + 2_000);
      expect(await verifyTwoFactor(ctx, counselor.sessionId, await codeFor(counselor.totpSecret, later), later)).toMatchObject({ verified: true });
      expect(await auditOf(counselor, "mfa.failed")).toHaveLength(6);
    });

    it("anonymous callers get UNAUTHORIZED; a partner without an authenticator has nothing to verify", async () => {
      await expect(callerAs(test.db, null).account.verifyTwoFactor({ code: "123456" })).rejects.toMatchObject({ code: "UNAUTHORIZED" });
      await expect(callerAs(test.db, null).account.twoFactorStatus()).rejects.toMatchObject({ code: "UNAUTHORIZED" });
      const counselor = await staff("counselor", "verified");
      const { partners } = await createCouple(test.db, { counselor });
      await expect(callerAs(test.db, partners[0]).account.verifyTwoFactor({ code: "123456" })).rejects.toMatchObject({ code: "CONFLICT" });
    });
  });

  describe("recovery codes", () => {
    it("set-up gives ten, each works once in place of a code, and using one is audited with how many are left", async () => {
      const counselor = await staff("counselor", "none");
      const caller = callerAs(test.db, counselor);
      const material = await caller.account.beginTwoFactorSetup({ currentPassword: password });
      const { recoveryCodes } = await callerAs(test.db, counselor).account.confirmTwoFactorSetup({ code: await codeFor(material.secret) });
      expect(recoveryCodes).toHaveLength(10);

      const stored = await test.db.select({ codeHash: userRecoveryCodes.codeHash }).from(userRecoveryCodes).where(eq(userRecoveryCodes.userId, counselor.id));
      expect(stored).toHaveLength(10);
      for (const code of recoveryCodes) expect(JSON.stringify(stored)).not.toContain(code.replace("-", ""));

      const laptop = { ...counselor, sessionId: await createSession(test.db, counselor.id, { mfaVerified: false }) };
      expect(await callerAs(test.db, laptop).account.verifyTwoFactor({ code: recoveryCodes[0]!.toLowerCase() })).toEqual({ verified: true, recoveryCodesLeft: 9 });
      const phone = { ...counselor, sessionId: await createSession(test.db, counselor.id, { mfaVerified: false }) };
      await expect(callerAs(test.db, phone).account.verifyTwoFactor({ code: recoveryCodes[0]! })).rejects.toMatchObject({ code: "BAD_REQUEST" });
      expect(await auditOf(counselor, "mfa.recovery_code_used")).toMatchObject([{ details: { purpose: "sign_in", remaining: 9 } }]);
      expect(await auditOf(counselor, "mfa.verified")).toMatchObject([{ details: { method: "recovery_code" } }]);
      expect(await callerAs(test.db, laptop).account.twoFactorStatus()).toMatchObject({ recoveryCodesLeft: 9 });
    });

    it("regenerating needs the password and a current code, and the old codes stop working", async () => {
      const counselor = await staff("counselor", "none");
      const material = await callerAs(test.db, counselor).account.beginTwoFactorSetup({ currentPassword: password });
      const { recoveryCodes: old } = await callerAs(test.db, counselor).account.confirmTwoFactorSetup({ code: await codeFor(material.secret) });
      const caller = callerAs(test.db, counselor);

      await expect(caller.account.regenerateRecoveryCodes({ currentPassword: "not it at all", code: await codeFor(material.secret, new Date(), 1) })).rejects.toMatchObject({
        code: "BAD_REQUEST",
        cause: { fieldErrors: { currentPassword: ["That isn't your current password."] } },
      });
      await expect(caller.account.regenerateRecoveryCodes({ currentPassword: password, code: "000000" })).rejects.toMatchObject({ code: "BAD_REQUEST", cause: { fieldErrors: { code: [expect.any(String)] } } });
      const { recoveryCodes } = await caller.account.regenerateRecoveryCodes({ currentPassword: password, code: old[0]! });
      expect(recoveryCodes).toHaveLength(10);
      expect(recoveryCodes).not.toContain(old[1]);

      const next = { ...counselor, sessionId: await createSession(test.db, counselor.id, { mfaVerified: false }) };
      await expect(callerAs(test.db, next).account.verifyTwoFactor({ code: old[1]! })).rejects.toMatchObject({ code: "BAD_REQUEST" });
      expect(await callerAs(test.db, next).account.verifyTwoFactor({ code: recoveryCodes[0]! })).toMatchObject({ verified: true, recoveryCodesLeft: 9 });
      expect(await auditOf(counselor, "mfa.recovery_codes_regenerated")).toHaveLength(1);
      expect(await auditOf(counselor, "auth.reauth")).toMatchObject([{ outcome: "denied", details: { purpose: "mfa_regenerate_codes" } }]);
    });
  });

  describe("setting up an authenticator", () => {
    it("a counselor without one sets it up after the password, confirms with a first code, and this sign-in is through", async () => {
      const counselor = await staff("counselor", "none");
      await expect(callerAs(test.db, counselor).account.beginTwoFactorSetup({ currentPassword: "wrong password" })).rejects.toMatchObject({ code: "BAD_REQUEST" });
      const material = await callerAs(test.db, counselor).account.beginTwoFactorSetup({ currentPassword: password });
      expect(material.secret).toMatch(/^[A-Z2-7]{32}$/);
      expect(material.otpauthUri).toBe(`otpauth://totp/Trellis:${encodeURIComponent(counselor.email)}?secret=${material.secret}&issuer=Trellis`);
      expect(material.qrDataUrl).toMatch(/^data:image\/svg\+xml;base64,/);
      const [row] = await test.db.select().from(userTotp).where(eq(userTotp.userId, counselor.id));
      expect(row).toMatchObject({ confirmedAt: null });
      expect(row!.secretCiphertext).not.toContain(material.secret);

      // Not on yet: still held at the gate, and a wrong first code changes nothing.
      await expect(callerAs(test.db, counselor).couple.list()).rejects.toMatchObject({ code: "UNAUTHORIZED", message: "Please finish two-step verification first." });
      await expect(callerAs(test.db, counselor).account.confirmTwoFactorSetup({ code: "000000" })).rejects.toMatchObject({ code: "BAD_REQUEST" });
      await callerAs(test.db, counselor).account.confirmTwoFactorSetup({ code: await codeFor(material.secret) });

      expect(await callerAs(test.db, counselor).couple.list()).toEqual([]);
      expect(await callerAs(test.db, counselor).account.twoFactorStatus()).toEqual({ required: true, enrolled: true, satisfied: true, recoveryCodesLeft: 10, demoCode: null });
      expect(await auditOf(counselor, "mfa.enrolled")).toMatchObject([{ details: { sessionId: counselor.sessionId } }]);
      // The first code counts as used.
      const next = { ...counselor, sessionId: await createSession(test.db, counselor.id, { mfaVerified: false }) };
      await expect(callerAs(test.db, next).account.verifyTwoFactor({ code: await codeFor(material.secret) })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    });

    it("starting again replaces an unconfirmed secret; an account that has one can't start", async () => {
      const counselor = await staff("counselor", "none");
      const first = await callerAs(test.db, counselor).account.beginTwoFactorSetup({ currentPassword: password });
      const second = await callerAs(test.db, counselor).account.beginTwoFactorSetup({ currentPassword: password });
      await expect(callerAs(test.db, counselor).account.confirmTwoFactorSetup({ code: await codeFor(first.secret) })).rejects.toMatchObject({ code: "BAD_REQUEST" });
      await callerAs(test.db, counselor).account.confirmTwoFactorSetup({ code: await codeFor(second.secret) });
      await expect(callerAs(test.db, counselor).account.beginTwoFactorSetup({ currentPassword: password })).rejects.toMatchObject({ code: "CONFLICT" });
      await expect(callerAs(test.db, counselor).account.confirmTwoFactorSetup({ code: "123456" })).rejects.toMatchObject({ code: "CONFLICT" });
    });

    it("a partner may turn it on; their other sign-ins then need a code", async () => {
      const counselor = await staff("counselor", "verified");
      const { partners } = await createCouple(test.db, { counselor });
      const partner = await givePassword(partners[0]);
      const phone = { ...partner, sessionId: await createSession(test.db, partner.id, { mfaVerified: false }) };
      const material = await callerAs(test.db, partner).account.beginTwoFactorSetup({ currentPassword: password });
      await callerAs(test.db, partner).account.confirmTwoFactorSetup({ code: await codeFor(material.secret) });
      expect(await callerAs(test.db, partner).today.get()).toBeTruthy();
      await expect(callerAs(test.db, phone).today.get()).rejects.toMatchObject({ code: "UNAUTHORIZED", message: "Please finish two-step verification first." });
    });
  });

  describe("replacing the authenticator and turning it off", () => {
    it("replacing needs password and code; the new app's first code swaps it in, and the old app's codes stop working", async () => {
      const admin = await staff("admin", "verified");
      const caller = callerAs(test.db, admin);
      await expect(caller.account.beginAuthenticatorReplacement({ currentPassword: password, code: "000000" })).rejects.toMatchObject({ code: "BAD_REQUEST" });
      const material = await caller.account.beginAuthenticatorReplacement({ currentPassword: password, code: await codeFor(admin.totpSecret) });
      expect(material.secret).not.toBe(admin.totpSecret);

      // The pending secret is sealed to this sign-in: another sign-in of the same account can't use it.
      const other = { ...admin, sessionId: await createSession(test.db, admin.id) };
      await expect(callerAs(test.db, other).account.confirmAuthenticatorReplacement({ pendingToken: material.pendingToken, code: await codeFor(material.secret) })).rejects.toMatchObject({ code: "CONFLICT" });
      await expect(caller.account.confirmAuthenticatorReplacement({ pendingToken: material.pendingToken, code: await codeFor(admin.totpSecret, new Date(), 1) })).rejects.toMatchObject({ code: "BAD_REQUEST" });
      expect(await caller.account.confirmAuthenticatorReplacement({ pendingToken: material.pendingToken, code: await codeFor(material.secret) })).toEqual({ replaced: true });

      const next = { ...admin, sessionId: await createSession(test.db, admin.id, { mfaVerified: false }) };
      const step = totpStepAt(new Date());
      await expect(callerAs(test.db, next).account.verifyTwoFactor({ code: await totpCodeForStep(admin.totpSecret!, step + 1) })).rejects.toMatchObject({ code: "BAD_REQUEST" });
      expect(await callerAs(test.db, next).account.verifyTwoFactor({ code: await totpCodeForStep(material.secret, step + 1) })).toMatchObject({ verified: true });
      expect(await auditOf(admin, "mfa.replaced")).toHaveLength(1);
    });

    it("a partner turns it off with password and code; staff can't at all", async () => {
      const counselor = await staff("counselor", "verified");
      await expect(callerAs(test.db, counselor).account.disableTwoFactor({ currentPassword: password, code: await codeFor(counselor.totpSecret) })).rejects.toMatchObject({ code: "FORBIDDEN" });
      expect(await test.db.select().from(userTotp).where(eq(userTotp.userId, counselor.id))).toHaveLength(1);

      const { partners } = await createCouple(test.db, { counselor });
      const enrolled = await withAuthenticator(test.db, await givePassword(partners[0]));
      await callerAs(test.db, enrolled).account.verifyTwoFactor({ code: await codeFor(enrolled.totpSecret) });

      await expect(callerAs(test.db, enrolled).account.disableTwoFactor({ currentPassword: "wrong password", code: await codeFor(enrolled.totpSecret, new Date(), 1) })).rejects.toMatchObject({ code: "BAD_REQUEST" });
      expect(await callerAs(test.db, enrolled).account.disableTwoFactor({ currentPassword: password, code: await codeFor(enrolled.totpSecret, new Date(), 1) })).toEqual({ disabled: true });
      expect(await test.db.select().from(userTotp).where(eq(userTotp.userId, enrolled.id))).toEqual([]);
      // Every sign-in of theirs is free of the code step again.
      expect(await callerAs(test.db, partners[0]).today.get()).toBeTruthy();
      expect(await auditOf(enrolled, "mfa.disabled")).toHaveLength(1);
    });

    it("every management procedure refuses anonymous callers, and a sign-in still at the code step", async () => {
      const admin = await staff("admin", "enrolled");
      const input = { currentPassword: password, code: await codeFor(admin.totpSecret) };
      const anonymous = callerAs(test.db, null);
      const held = callerAs(test.db, admin);
      for (const [name, run] of [
        ["regenerateRecoveryCodes", (caller: typeof held) => caller.account.regenerateRecoveryCodes(input)],
        ["beginAuthenticatorReplacement", (caller: typeof held) => caller.account.beginAuthenticatorReplacement(input)],
        ["confirmAuthenticatorReplacement", (caller: typeof held) => caller.account.confirmAuthenticatorReplacement({ pendingToken: "x", code: "123456" })],
        ["changePassword", (caller: typeof held) => caller.account.changePassword({ currentPassword: password, newPassword: "another long passphrase" })],
        ["beginTwoFactorSetup", (caller: typeof held) => caller.account.beginTwoFactorSetup({ currentPassword: password })],
        ["confirmTwoFactorSetup", (caller: typeof held) => caller.account.confirmTwoFactorSetup({ code: "123456" })],
      ] as const) {
        await expect(run(anonymous), name).rejects.toMatchObject({ code: "UNAUTHORIZED" });
      }
      await expect(held.account.regenerateRecoveryCodes(input)).rejects.toMatchObject({ code: "UNAUTHORIZED", message: "Please finish two-step verification first." });
      await expect(held.account.beginAuthenticatorReplacement(input)).rejects.toMatchObject({ code: "UNAUTHORIZED", message: "Please finish two-step verification first." });
      // Nothing was used up by the refused calls: the code still verifies.
      expect(await held.account.verifyTwoFactor({ code: input.code })).toMatchObject({ verified: true });
    });
  });

  describe("the demo hint", () => {
    it("shows the current code only to accounts of a demo practice, only at the code step", async () => {
      const demo = await staff("counselor", "enrolled", { isDemo: true });
      const real = await staff("counselor", "enrolled");
      const hint = (await callerAs(test.db, demo).account.twoFactorStatus()).demoCode;
      expect([await codeFor(demo.totpSecret), await codeFor(demo.totpSecret, new Date(), 1)]).toContain(hint);
      expect((await callerAs(test.db, real).account.twoFactorStatus()).demoCode).toBeNull();

      // After a code is used, the hint moves on to one that will still be accepted.
      expect(await callerAs(test.db, demo).account.verifyTwoFactor({ code: hint! })).toMatchObject({ verified: true });
      expect((await callerAs(test.db, demo).account.twoFactorStatus()).demoCode).toBeNull();
      const next = { ...demo, sessionId: await createSession(test.db, demo.id, { mfaVerified: false }) };
      const nextHint = (await callerAs(test.db, next).account.twoFactorStatus()).demoCode;
      expect(nextHint).not.toBeNull();
      expect(nextHint).not.toBe(hint);
      expect(await callerAs(test.db, next).account.verifyTwoFactor({ code: nextHint! })).toMatchObject({ verified: true });
    });
  });
});
