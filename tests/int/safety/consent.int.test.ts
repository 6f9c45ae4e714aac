import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { auditEvents, consentRecords, couples } from "@/db/schema";
import { callerAs } from "../../support/callers";
import { useTestDatabase } from "../../support/database";
import { createCouple, createPractice, createUser, type TestUser } from "../../support/factories";

describe("consent to the couple's confidentiality policy", () => {
  const test = useTestDatabase();
  let couple: Awaited<ReturnType<typeof createCouple>>;
  let partner: TestUser;

  beforeAll(async () => {
    const practice = await createPractice(test.db);
    const counselor = await createUser(test.db, { practiceId: practice.id, role: "counselor" });
    couple = await createCouple(test.db, { counselor, consented: false });
    partner = couple.partners[0];
  });

  it("before accepting, a partner can read the policy, sign out and see themselves, and nothing else", async () => {
    const caller = callerAs(test.db, partner);
    expect(await caller.consent.get()).toMatchObject({ policy: "limited_secrets", policyVersion: 1, accepted: false, changedSinceAccepted: false });
    expect(await caller.viewer.me()).toBeTruthy();
    await expect(caller.today.get()).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(caller.task.get({ taskId: "00000000-0000-4000-8000-000000000000" })).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("accepting records the version, with who and when, then the partner's pages open; a stale version must be read again", async () => {
    const caller = callerAs(test.db, partner);
    await expect(caller.consent.accept({ policyVersion: 2 })).rejects.toMatchObject({ code: "CONFLICT" });
    await caller.consent.accept({ policyVersion: 1 });
    await caller.consent.accept({ policyVersion: 1 });
    const records = await test.db.select().from(consentRecords).where(eq(consentRecords.userId, partner.id));
    expect(records).toMatchObject([{ policy: "limited_secrets", policyVersion: 1, coupleId: couple.couple.id }]);
    expect((await test.db.select().from(auditEvents).where(eq(auditEvents.actorId, partner.id))).map((row) => row.action)).toContain("consent.accept");
    // The viewer is read once per request; the next request sees the acceptance.
    expect(await callerAs(test.db, partner).today.get()).toBeTruthy();
    // The other partner still has to accept for themselves.
    await expect(callerAs(test.db, couple.partners[1]).today.get()).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("a policy change asks again", async () => {
    await test.db.update(couples).set({ secretsPolicy: "no_secrets", secretsPolicyVersion: 2 }).where(eq(couples.id, couple.couple.id));
    const caller = callerAs(test.db, partner);
    await expect(caller.today.get()).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await caller.consent.get()).toMatchObject({ policy: "no_secrets", policyVersion: 2, accepted: false, changedSinceAccepted: true });
    await caller.consent.accept({ policyVersion: 2 });
    expect(await callerAs(test.db, partner).today.get()).toBeTruthy();
  });

  it("counselors and admins have no consent procedures", async () => {
    const practice = await createPractice(test.db);
    for (const role of ["counselor", "admin"] as const) {
      const staff = await createUser(test.db, { practiceId: practice.id, role });
      await expect(callerAs(test.db, staff).consent.get()).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(callerAs(test.db, staff).consent.accept({ policyVersion: 1 })).rejects.toMatchObject({ code: "FORBIDDEN" });
    }
    await expect(callerAs(test.db, null).consent.get()).rejects.toMatchObject({ code: "UNAUTHORIZED" });
  });
});
