import { describe, expect, it } from "vitest";
import { createInnerContext } from "@/server/api/context";
import { counselorProcedure, createCallerFactory, createRouter, publicProcedure } from "@/server/api/trpc";
import { claimsFor } from "../../support/callers";
import { useTestDatabase } from "../../support/database";
import { createPractice, createUser } from "../../support/factories";

// Procedures built from the real procedure builders, but deliberately without a policy.
const undeclared = createRouter({
  counselorThing: counselorProcedure.query(() => "should never run"),
  openThing: publicProcedure.query(() => "should never run"),
  // A policy name that the table does not know counts as no policy.
  misspelled: counselorProcedure.meta({ policy: "couple.lists" as never }).query(() => "should never run"),
});
const createCaller = createCallerFactory(undeclared);

describe("default deny at run time", () => {
  const test = useTestDatabase();

  it("refuses a procedure with no policy, or an unknown one, even for the right role", async () => {
    const practice = await createPractice(test.db);
    const counselor = await createUser(test.db, { practiceId: practice.id, role: "counselor" });
    const caller = createCaller(createInnerContext({ db: test.db, session: claimsFor(counselor) }));
    await expect(caller.counselorThing()).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(caller.misspelled()).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(createCaller(createInnerContext({ db: test.db, session: null })).openThing()).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});
