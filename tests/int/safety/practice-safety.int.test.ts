import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { consentRecords, practices } from "@/db/schema";
import { DEFAULT_CRISIS_RESOURCES } from "@/db/schema/practices/crisis-defaults";
import { callerAs } from "../../support/callers";
import { useTestDatabase } from "../../support/database";
import { createCouple, createPractice, createUser, type TestUser } from "../../support/factories";

const codeOf = (promise: Promise<unknown>) =>
  promise.then(
    () => "OK",
    (error: { code?: string }) => error.code,
  );

const OWN_LINES = [{ name: "Samaritans", contact: "Call 116 123", href: "tel:116123", description: "Any time, day or night, about anything." }];
const WORDING =
  "What you write privately stays between you and your counselor.\n\nYour counselor may encourage you to share something, but only you decide. If someone may be at serious risk, your counselor may have to act.";

describe("a practice's crisis resources and confidentiality wording", () => {
  const test = useTestDatabase();
  let admin: TestUser;
  let counselor: TestUser;
  let couple: Awaited<ReturnType<typeof createCouple>>;
  let elsewhere: Awaited<ReturnType<typeof createCouple>>;
  let otherAdmin: TestUser;

  beforeAll(async () => {
    const practice = await createPractice(test.db);
    const otherPractice = await createPractice(test.db);
    admin = await createUser(test.db, { practiceId: practice.id, role: "admin" });
    otherAdmin = await createUser(test.db, { practiceId: otherPractice.id, role: "admin" });
    counselor = await createUser(test.db, { practiceId: practice.id, role: "counselor" });
    couple = await createCouple(test.db, { counselor });
    elsewhere = await createCouple(test.db, { counselor: await createUser(test.db, { practiceId: otherPractice.id, role: "counselor" }) });
  });

  it("partners see Trellis's defaults until their practice sets its own, and only their own practice's", async () => {
    expect(await callerAs(test.db, couple.partners[0]).help.resources()).toEqual(DEFAULT_CRISIS_RESOURCES);
    await callerAs(test.db, admin).practice.saveCrisisResources({ resources: OWN_LINES });
    expect(await callerAs(test.db, couple.partners[1]).help.resources()).toEqual(OWN_LINES);
    expect(await callerAs(test.db, elsewhere.partners[0]).help.resources()).toEqual(DEFAULT_CRISIS_RESOURCES);
    expect((await callerAs(test.db, otherAdmin).practice.safetySettings()).usesDefaultResources).toBe(true);

    await callerAs(test.db, admin).practice.saveCrisisResources({ resources: null });
    expect(await callerAs(test.db, couple.partners[0]).help.resources()).toEqual(DEFAULT_CRISIS_RESOURCES);
  });

  it("crisis resources are readable before consent, and only by partners", async () => {
    const fresh = await createCouple(test.db, { counselor, consented: false });
    expect(await codeOf(callerAs(test.db, fresh.partners[0]).help.resources())).toBe("OK");
    expect(await codeOf(callerAs(test.db, counselor).help.resources())).toBe("FORBIDDEN");
    expect(await codeOf(callerAs(test.db, null).help.resources())).toBe("UNAUTHORIZED");
  });

  it("refuses links that could run script or leave a secure page, and changes nothing", async () => {
    await callerAs(test.db, admin).practice.saveCrisisResources({ resources: OWN_LINES });
    for (const href of ["javascript:alert(1)", "http://example.com", "data:text/html,hi", "tel:call-me"]) {
      const error = await callerAs(test.db, admin)
        .practice.saveCrisisResources({ resources: [{ ...OWN_LINES[0]!, href }] })
        .then(
          () => null,
          (caught: { code?: string; shape?: { data?: { fieldErrors?: Record<string, string[]> } } }) => caught,
        );
      expect(error?.code, href).toBe("BAD_REQUEST");
    }
    expect(await codeOf(callerAs(test.db, admin).practice.saveCrisisResources({ resources: [] }))).toBe("BAD_REQUEST");
    const [row] = await test.db.select({ resources: practices.crisisResources }).from(practices).where(eq(practices.id, admin.practiceId));
    expect(row?.resources).toEqual(OWN_LINES);
  });

  it("only the practice's admin reads or changes the settings", async () => {
    for (const user of [counselor, couple.partners[0], couple.partners[1]]) {
      expect(await codeOf(callerAs(test.db, user).practice.safetySettings())).toBe("FORBIDDEN");
      expect(await codeOf(callerAs(test.db, user).practice.saveCrisisResources({ resources: null }))).toBe("FORBIDDEN");
      expect(await codeOf(callerAs(test.db, user).practice.savePolicyWording({ policy: "limited_secrets", body: WORDING }))).toBe("FORBIDDEN");
    }
    expect(await codeOf(callerAs(test.db, null).practice.safetySettings())).toBe("UNAUTHORIZED");
  });

  it("a new wording asks every partner of the practice's couples on that policy to accept again, and records which words they accepted", async () => {
    const partner = couple.partners[0];
    expect(await codeOf(callerAs(test.db, partner).today.get())).toBe("OK");
    const published = await callerAs(test.db, admin).practice.savePolicyWording({ policy: "limited_secrets", body: WORDING });
    expect(published.couplesAsked).toBeGreaterThanOrEqual(1);

    expect(await codeOf(callerAs(test.db, partner).today.get())).toBe("FORBIDDEN");
    // Another practice's couple is untouched.
    expect(await codeOf(callerAs(test.db, elsewhere.partners[0]).today.get())).toBe("OK");

    const consent = await callerAs(test.db, partner).consent.get();
    expect(consent).toMatchObject({ practiceWording: WORDING, accepted: false, changedSinceAccepted: true });
    await callerAs(test.db, partner).consent.accept({ policyVersion: consent.policyVersion });
    const [record] = await test.db
      .select({ wordingId: consentRecords.wordingId })
      .from(consentRecords)
      .where(eq(consentRecords.userId, partner.id))
      .orderBy(consentRecords.policyVersion)
      .then((rows) => rows.slice(-1));
    expect(record?.wordingId).toBe(published.id);
    expect(await codeOf(callerAs(test.db, partner).today.get())).toBe("OK");

    const settings = await callerAs(test.db, admin).practice.safetySettings();
    expect(settings.wordings.find((entry) => entry.policy === "limited_secrets")).toMatchObject({ versions: 1, current: { body: WORDING } });
  });

  it("refuses a wording too short to be an agreement", async () => {
    expect(await codeOf(callerAs(test.db, admin).practice.savePolicyWording({ policy: "no_secrets", body: "Be honest." }))).toBe("BAD_REQUEST");
    expect((await callerAs(test.db, admin).practice.safetySettings()).wordings.find((entry) => entry.policy === "no_secrets")?.current).toBeNull();
  });
});
