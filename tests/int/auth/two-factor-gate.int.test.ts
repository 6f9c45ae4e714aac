import { describe, expect, it } from "vitest";
import { findPolicy } from "@/server/api/policies";
import { appRouter } from "@/server/api/root";
import type { Role } from "@/server/auth/viewer";
import { callerAs } from "../../support/callers";
import { useTestDatabase } from "../../support/database";
import { createCouple, createPractice, createSession, createUser, type TestUser, withAuthenticator } from "../../support/factories";

type Caller = ReturnType<typeof callerAs>;
const procedures = Object.entries(appRouter._def.procedures as unknown as Record<string, { _def: { meta?: { policy?: string } } }>).map(([path, procedure]) => ({
  path,
  policy: findPolicy(procedure._def.meta?.policy)!,
}));

function call(caller: Caller, path: string): Promise<unknown> {
  const fn = path.split(".").reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], caller) as (input?: unknown) => Promise<unknown>;
  return fn(undefined);
}

describe("the two-step verification gate (security.md S4)", () => {
  const test = useTestDatabase();

  /** Every procedure the role may call, except the ones for the steps themselves, refuses this sign-in before reading its input. */
  async function expectGated(user: TestUser, role: Role) {
    const gated = procedures.filter(({ policy }) => policy.roles !== "public" && policy.roles.includes(role) && !("beforeMfa" in policy));
    expect(gated.length).toBeGreaterThan(0);
    for (const { path } of gated) {
      await expect(call(callerAs(test.db, user), path), path).rejects.toMatchObject({ code: "UNAUTHORIZED", message: "Please finish two-step verification first." });
    }
    const open = procedures.filter(({ policy }) => policy.roles !== "public" && policy.roles.includes(role) && "beforeMfa" in policy).map(({ path }) => path);
    expect(open.sort()).toEqual(
      [
        "viewer.me",
        "account.signOut",
        "account.signOutEverywhere",
        "account.keepAlive",
        "account.idleStatus",
        "account.twoFactorStatus",
        "account.verifyTwoFactor",
        "account.beginTwoFactorSetup",
        "account.confirmTwoFactorSetup",
        ...(role === "partner" ? ["help.resources"] : []),
      ].sort(),
    );
  }

  it("a counselor without an authenticator reaches only their profile, sign-out and the set-up", async () => {
    const practice = await createPractice(test.db);
    const counselor = await createUser(test.db, { practiceId: practice.id, role: "counselor", mfa: "none" });
    await expectGated(counselor, "counselor");
    expect(await callerAs(test.db, counselor).viewer.me()).toMatchObject({ userId: counselor.id });
    expect(await callerAs(test.db, counselor).account.twoFactorStatus()).toEqual({ required: true, enrolled: false, satisfied: false, recoveryCodesLeft: null, demoCode: null });
  });

  it("an admin with an authenticator, signed in but not past the code, is held at the code step", async () => {
    const practice = await createPractice(test.db);
    const admin = await createUser(test.db, { practiceId: practice.id, role: "admin", mfa: "enrolled" });
    await expectGated(admin, "admin");
    expect(await callerAs(test.db, admin).account.twoFactorStatus()).toMatchObject({ required: true, enrolled: true, satisfied: false });
    // The same account's verified sign-in on another device is not held.
    const verified = { ...admin, sessionId: await createSession(test.db, admin.id) };
    expect(await callerAs(test.db, verified).practice.listCounselors()).toBeTruthy();
  });

  it("a partner who turned it on is held too, before their couple's policy as well; one who didn't is not", async () => {
    const practice = await createPractice(test.db);
    const counselor = await createUser(test.db, { practiceId: practice.id, role: "counselor" });
    const { partners } = await createCouple(test.db, { counselor });
    expect(await callerAs(test.db, partners[0]).today.get()).toBeTruthy();
    expect(await callerAs(test.db, partners[0]).account.twoFactorStatus()).toEqual({ required: false, enrolled: false, satisfied: true, recoveryCodesLeft: null, demoCode: null });

    const enrolled = await withAuthenticator(test.db, partners[1]);
    await expectGated(enrolled, "partner");
    // Its earlier sign-in predates the authenticator and never passed a code: held as well.
    await expect(callerAs(test.db, partners[1]).today.get()).rejects.toMatchObject({ code: "UNAUTHORIZED", message: "Please finish two-step verification first." });

    const notConsented = await createCouple(test.db, { counselor, consented: false });
    const early = await withAuthenticator(test.db, notConsented.partners[0]);
    await expect(callerAs(test.db, early).consent.get()).rejects.toMatchObject({ message: "Please finish two-step verification first." });
  });

  it("a verified counselor works as before", async () => {
    const practice = await createPractice(test.db);
    const counselor = await createUser(test.db, { practiceId: practice.id, role: "counselor" });
    expect(await callerAs(test.db, counselor).couple.list()).toEqual([]);
    expect(await callerAs(test.db, counselor).account.twoFactorStatus()).toEqual({ required: true, enrolled: true, satisfied: true, recoveryCodesLeft: 0, demoCode: null });
  });
});
