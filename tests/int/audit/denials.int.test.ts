import { randomUUID } from "node:crypto";
import { eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { auditEvents, consentRecords } from "@/db/schema";
import { createInnerContext } from "@/server/api/context";
import { createCaller } from "@/server/api/root";
import type { Logger } from "@/server/logger";
import { claimsFor } from "../../support/callers";
import { canary } from "../../support/canary";
import { useScratchDatabase, useTestDatabase } from "../../support/database";
import { createCouple, createWorld, type TestUser } from "../../support/factories";
import { captureLog } from "../../support/log-capture";
import { createEveryClassOccurrence } from "../../support/task-fixtures";
import type { Database } from "@/db/client";

type World = Awaited<ReturnType<typeof createWorld>>;

const request = { ip: "203.0.113.7", userAgent: "denial-test/1.0" };

/** A caller whose request id is known, so the rows it leaves can be found exactly. */
function callerWith(db: Database, user: TestUser | null, options: { log?: Logger } = {}) {
  const requestId = randomUUID();
  const caller = createCaller(createInnerContext({ db, session: user ? claimsFor(user) : null, request: { id: requestId, ...request }, log: options.log }));
  return { caller, requestId };
}

const codeOf = (promise: Promise<unknown>) =>
  promise.then(
    () => "OK",
    (error: { code?: string }) => error.code ?? "unknown",
  );

describe("authorization denials in the audit trail (L1)", () => {
  const test = useTestDatabase();
  let world: World;
  const rowsOf = (requestId: string) => test.db.select().from(auditEvents).where(eq(auditEvents.requestId, requestId));

  beforeAll(async () => {
    world = await createWorld(test.db);
  });

  it("a counselor's read of another counselor's couple writes exactly one denied row: the attempted id, never its couple", async () => {
    const { caller, requestId } = callerWith(test.db, world.otherCounselor);
    expect(await codeOf(caller.couple.get({ coupleId: world.own.couple.id }))).toBe("NOT_FOUND");
    const rows = await rowsOf(requestId);
    expect(rows).toEqual([
      expect.objectContaining({
        actorId: world.otherCounselor.id,
        actorRole: "counselor",
        action: "couple.get",
        entityType: "couple",
        entityId: world.own.couple.id,
        coupleId: null,
        outcome: "denied",
        requestId,
        ipAddress: request.ip,
        userAgent: request.userAgent,
        details: { code: "NOT_FOUND" },
      }),
    ]);
  });

  it("a refused mutation leaves its denied row although its transaction rolled back, and nothing else", async () => {
    const { hpTask } = await createEveryClassOccurrence(test.db, { counselor: world.counselor, coupleId: world.own.couple.id, partners: world.own.partners });
    const { caller, requestId } = callerWith(test.db, world.other.partners[0]);
    const marker = canary();
    expect(await codeOf(caller.task.submit({ taskId: hpTask.id, baseVersion: 0, answers: { required_note: marker }, submitKey: randomUUID() }))).toBe("NOT_FOUND");
    const rows = await rowsOf(requestId);
    expect(rows).toEqual([
      expect.objectContaining({ actorId: world.other.partners[0].id, actorRole: "partner", action: "task.submit", entityType: "task", entityId: hpTask.id, coupleId: null, outcome: "denied" }),
    ]);
    expect(JSON.stringify(rows)).not.toContain(marker);
  });

  it("a partner calling a counselor procedure writes one denied row, with no input text", async () => {
    const marker = canary();
    const { caller, requestId } = callerWith(test.db, world.own.partners[0]);
    expect(await codeOf(caller.session.saveNote({ sessionId: randomUUID(), baseVersion: 0, body: marker }))).toBe("FORBIDDEN");
    const rows = await rowsOf(requestId);
    expect(rows).toEqual([
      expect.objectContaining({ actorId: world.own.partners[0].id, actorRole: "partner", action: "session.saveNote", entityType: "session", coupleId: null, outcome: "denied", details: { code: "FORBIDDEN" } }),
    ]);
    expect(JSON.stringify(rows)).not.toContain(marker);
  });

  it("keeps only a well-formed id from the input: text where an id belongs is not recorded", async () => {
    const marker = canary();
    const { caller, requestId } = callerWith(test.db, world.counselor);
    // The role check runs before input parsing, so the malformed id reaches the refusal.
    expect(await codeOf(caller.task.get({ taskId: marker }))).toBe("FORBIDDEN");
    const rows = await rowsOf(requestId);
    expect(rows).toEqual([expect.objectContaining({ action: "task.get", entityType: "procedure", entityId: null, outcome: "denied" })]);
    expect(JSON.stringify(rows)).not.toContain(marker);
  });

  it("the consent gate's refusal is audited like any other", async () => {
    const fresh = await createCouple(test.db, { counselor: world.counselor, consented: false });
    const { caller, requestId } = callerWith(test.db, fresh.partners[0]);
    expect(await codeOf(caller.today.get())).toBe("FORBIDDEN");
    expect(await rowsOf(requestId)).toEqual([expect.objectContaining({ actorId: fresh.partners[0].id, action: "today.get", entityType: "procedure", outcome: "denied" })]);
    expect(await test.db.select().from(consentRecords).where(eq(consentRecords.userId, fresh.partners[0].id))).toEqual([]);
  });

  it("an anonymous call is refused without an audit row, and logged at debug level only", async () => {
    const debug = captureLog("debug");
    const { caller, requestId } = callerWith(test.db, null, { log: debug.log });
    expect(await codeOf(caller.couple.get({ coupleId: world.own.couple.id }))).toBe("UNAUTHORIZED");
    expect(await rowsOf(requestId)).toEqual([]);
    expect(debug.records()).toEqual([expect.objectContaining({ level: 20, path: "couple.get", requestId })]);
    const quiet = captureLog("info");
    await codeOf(callerWith(test.db, null, { log: quiet.log }).caller.couple.get({ coupleId: world.own.couple.id }));
    expect(quiet.text()).toBe("");
  });

  it("a successful answers read writes exactly one read row, and no denied row", async () => {
    const { hpTask } = await createEveryClassOccurrence(test.db, { counselor: world.counselor, coupleId: world.own.couple.id, partners: world.own.partners });
    const submitted = await callerWith(test.db, world.own.partners[0]).caller.task.submit({
      taskId: hpTask.id,
      baseVersion: 0,
      answers: { required_note: "r" },
      submitKey: randomUUID(),
    });
    const { caller, requestId } = callerWith(test.db, world.counselor);
    await caller.review.occurrence({ taskId: hpTask.id });
    const rows = await rowsOf(requestId);
    expect(rows).toEqual([
      expect.objectContaining({
        actorId: world.counselor.id,
        actorRole: "counselor",
        action: "answers.read",
        entityType: "response",
        coupleId: world.own.couple.id,
        outcome: "success",
        ipAddress: request.ip,
        userAgent: request.userAgent,
      }),
    ]);
    expect(rows[0]!.details).toMatchObject({ responseIds: [submitted.responseId] });
  });
});

describe("when the denial row cannot be written", () => {
  // A scratch database: the audit table is removed on purpose.
  const scratch = useScratchDatabase();
  let world: World;

  beforeAll(async () => {
    world = await createWorld(scratch.handle.db);
    await scratch.handle.db.execute(sql`DROP TABLE audit_events`);
  });

  it("the caller still gets the refusal, and the failure is logged without content", async () => {
    const marker = canary();
    const errors = captureLog("info");
    const forbidden = callerWith(scratch.handle.db, world.own.partners[0], { log: errors.log });
    expect(await codeOf(forbidden.caller.session.saveNote({ sessionId: randomUUID(), baseVersion: 0, body: marker }))).toBe("FORBIDDEN");
    const notFound = callerWith(scratch.handle.db, world.otherCounselor, { log: errors.log });
    expect(await codeOf(notFound.caller.session.saveNote({ sessionId: randomUUID(), baseVersion: 0, body: marker }))).toBe("NOT_FOUND");

    expect(errors.records()).toEqual([
      expect.objectContaining({ level: 50, msg: "could not record an authorization denial", path: "session.saveNote", requestId: forbidden.requestId }),
      expect.objectContaining({ level: 50, msg: "could not record an authorization denial", path: "session.saveNote", requestId: notFound.requestId }),
    ]);
    expect(errors.text()).not.toContain(marker);
  });
});
