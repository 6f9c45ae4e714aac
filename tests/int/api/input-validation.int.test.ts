import { and, count, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { auditEvents, couples, users } from "@/db/schema";
import { createInnerContext } from "@/server/api/context";
import { appRouter } from "@/server/api/root";
import { claimsFor } from "../../support/callers";
import { useTestDatabase } from "../../support/database";
import { createPractice, createUser, unique, type TestUser } from "../../support/factories";
import { callOverHttp } from "../../support/http";

const goodInput = () => ({
  displayName: "Rivera & Brooks",
  timeZone: "America/New_York",
  secretsPolicy: "limited_secrets",
  partners: [
    { displayName: "Alex Rivera", email: `${unique("alex")}@example.test`, label: "hurt" },
    { displayName: "Sam Brooks", email: `${unique("sam")}@example.test`, label: "involved" },
  ],
});

describe("couple.create rejects bad input with field errors and writes nothing", () => {
  const test = useTestDatabase();
  let counselor: TestUser;

  beforeAll(async () => {
    const practice = await createPractice(test.db);
    counselor = await createUser(test.db, { practiceId: practice.id, role: "counselor" });
  });

  async function create(input: unknown) {
    const ctx = createInnerContext({ db: test.db, session: claimsFor(counselor) });
    return callOverHttp(appRouter, ctx, "couple.create", input, "mutation");
  }

  async function totals() {
    const [coupleCount] = await test.db.select({ n: count() }).from(couples);
    const [userCount] = await test.db.select({ n: count() }).from(users);
    return [coupleCount?.n, userCount?.n];
  }

  const cases: [string, (input: ReturnType<typeof goodInput>) => unknown, string][] = [
    ["an empty couple name", (input) => ({ ...input, displayName: "  " }), "displayName"],
    ["an unknown time zone", (input) => ({ ...input, timeZone: "Mars/Olympus_Mons" }), "timeZone"],
    ["an unknown secrets policy", (input) => ({ ...input, secretsPolicy: "tell_everything" }), "secretsPolicy"],
    ["a malformed email", (input) => ({ ...input, partners: [{ ...input.partners[0], email: "alex-at-example" }, input.partners[1]] }), "partners.0.email"],
    ["the same email for both partners", (input) => ({ ...input, partners: [input.partners[0], { ...input.partners[1], email: input.partners[0]!.email }] }), "partners.1.email"],
    ["two hurt partners", (input) => ({ ...input, partners: [input.partners[0], { ...input.partners[1], label: "hurt" }] }), "partners.1.label"],
    ["a missing partner", (input) => ({ ...input, partners: [input.partners[0]] }), "partners"],
    ["a name over 80 characters", (input) => ({ ...input, partners: [{ ...input.partners[0], displayName: "x".repeat(81) }, input.partners[1]] }), "partners.0.displayName"],
    // Mass assignment: ownership comes from the session, never from input.
    ["a forged counselor id", (input) => ({ ...input, counselorId: crypto.randomUUID() }), "_form"],
    ["a forged practice id", (input) => ({ ...input, practiceId: crypto.randomUUID() }), "_form"],
  ];

  it.each(cases)("%s", async (_name, mutate, field) => {
    const before = await totals();
    const response = await create(mutate(goodInput()));
    expect(response.status).toBe(400);
    expect(response.body.error?.json.data.code).toBe("BAD_REQUEST");
    expect(response.body.error?.json.message).toBe("Please correct the highlighted fields.");
    expect(Object.keys(response.body.error?.json.data.fieldErrors ?? {})).toContain(field);
    expect(await totals()).toEqual(before);
  });

  it("an email that already has an account, reported on that partner's field without saying where, and audited", async () => {
    const input = goodInput();
    input.partners[1]!.email = counselor.email;
    const before = await totals();
    const response = await create(input);
    expect(response.status).toBe(400);
    expect(response.body.error?.json.data.fieldErrors).toEqual({
      "partners.1.email": ["This email can't be used for a new partner account. Ask the partner for another address."],
    });
    expect(await totals()).toEqual(before);
    const denied = await test.db
      .select({ details: auditEvents.details })
      .from(auditEvents)
      .where(and(eq(auditEvents.actorId, counselor.id), eq(auditEvents.action, "couple.create"), eq(auditEvents.outcome, "denied")));
    expect(denied).toEqual([{ details: { reason: "email_unavailable" } }]);
  });

  it("accepts the same input once corrected", async () => {
    const response = await create(goodInput());
    expect(response.status).toBe(200);
  });
});
