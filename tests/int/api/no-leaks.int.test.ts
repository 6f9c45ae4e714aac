import { randomUUID } from "node:crypto";
import { eq, inArray, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { disclosures, responseFields, responseRevisions, responses, shareRequests, tasks, users } from "@/db/schema";
import { addDays, todayIn } from "@/db/schema/_shared/calendar";
import { ZTemplateDefinition, type TTemplateDefinitionInput } from "@/db/schema/exercises/definition";
import { createInnerContext } from "@/server/api/context";
import { fieldErrorsFrom } from "@/server/api/error-handling";
import { POLICIES, findPolicy } from "@/server/api/policies";
import { appRouter } from "@/server/api/root";
import { queueEmail } from "@/server/mail/queue-email";
import { remindersDue } from "@/server/services/reminders/run-reminder-tick";
import { instantIn } from "@/server/services/sessions/session-ref";
import { callerAs, claimsFor } from "../../support/callers";
import { canary, conditionalDefinition, everyClassTextDefinition, jointDefinition, keyPaths, leaksIn, safetyOnlyDefinition, type Secrets } from "../../support/canary";
import { useScratchDatabase, useTestDatabase } from "../../support/database";
import { createAssignment, createSession, createTask, createTemplateVersion, createWorld, type TestUser } from "../../support/factories";
import { callOverHttp } from "../../support/http";
import { captureLog } from "../../support/log-capture";
import { deliverQueuedEmail } from "../../support/mail";

/**
 * Confidentiality canaries (security.md A3, C1, C3). Partner A (hurt) writes private
 * work marked `CANARY-<uuid>` through the real procedures; partner B (involved) then
 * calls every procedure a partner may call, with B's own ids, A's ids and random ids,
 * in-process and over HTTP, and nothing B gets back (results or errors) may contain a
 * marker, or an id or timestamp of A's private work. Positive controls prove the scan
 * would see a marker the moment it becomes readable.
 *
 * The tests in this file build on each other's state and run in order.
 */

type Caller = ReturnType<typeof callerAs>;
type World = Awaited<ReturnType<typeof createWorld>>;
type Signable = Pick<TestUser, "id" | "role" | "sessionVersion" | "sessionId">;

interface Exchange {
  path: string;
  type: "query" | "mutation";
  transport: "in-process" | "http";
  input: unknown;
  ok: boolean;
  text: string;
}

/** Reaches a procedure of a caller by its dotted path, e.g. "task.get". */
function procedureOf(caller: Caller, path: string) {
  return path.split(".").reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], caller) as (input?: unknown) => Promise<unknown>;
}

interface ProcedureInfo {
  path: string;
  type: "query" | "mutation";
  scope: string;
  inputs: ZodLike[];
}

type ZodLike = { _zod: { def: Record<string, unknown> & { type: string } } };

/** Every procedure whose policy lets a partner call it: new partner procedures join automatically. */
function partnerProcedures(): ProcedureInfo[] {
  return Object.entries(appRouter._def.procedures as unknown as Record<string, { _def: { type: string; meta?: { policy?: string }; inputs: unknown[] } }>)
    .filter(([, procedure]) => {
      const roles = findPolicy(procedure._def.meta?.policy)?.roles;
      return roles !== undefined && (roles === "public" || roles.includes("partner"));
    })
    .map(([path, procedure]) => ({
      path,
      type: procedure._def.type as "query" | "mutation",
      scope: findPolicy(procedure._def.meta?.policy)!.scope,
      inputs: procedure._def.inputs as ZodLike[],
    }));
}

interface Pools {
  taskIds: string[];
  requestIds: string[];
  otherIds: string[];
  submitKeys: string[];
  fieldKeys: string[];
  answers: Record<string, unknown>[];
}

/** Plausible values for one input field, chosen by its schema and its name. */
function valuesFor(schema: ZodLike | undefined, key: string, pools: Pools): unknown[] {
  if (!schema?._zod) return [undefined];
  const def = schema._zod.def;
  const inner = (name: string) => def[name] as ZodLike;
  switch (def.type) {
    case "optional":
      return [undefined, ...valuesFor(inner("innerType"), key, pools)];
    case "nullable":
      return [null, ...valuesFor(inner("innerType"), key, pools)];
    case "default":
    case "prefault":
    case "readonly":
    case "catch":
    case "nonoptional":
      return valuesFor(inner("innerType"), key, pools);
    case "pipe":
      return valuesFor(inner("in"), key, pools);
    case "string":
      if (key === "taskId") return pools.taskIds;
      if (key === "requestId") return pools.requestIds;
      if (key === "submitKey") return pools.submitKeys;
      if (def.format === "uuid" || /Id$/.test(key)) return pools.otherIds;
      if (key === "fieldKey") return pools.fieldKeys;
      return ["B-PROBE"];
    case "boolean":
      return [true, false];
    case "number":
    case "int":
      return [0, 1];
    case "literal":
      return [...(def.values as unknown[])];
    case "enum":
      return Object.values(def.entries as Record<string, unknown>);
    case "record":
      return pools.answers;
    case "union":
      return (def.options as ZodLike[]).flatMap((option) => valuesFor(option, key, pools));
    case "array":
      return [[]];
    case "object": {
      const shape = def.shape as Record<string, ZodLike>;
      let combos: Record<string, unknown>[] = [{}];
      for (const [field, fieldSchema] of Object.entries(shape)) {
        const values = valuesFor(fieldSchema, field, pools);
        combos = combos.flatMap((combo) => values.map((value) => (value === undefined ? combo : { ...combo, [field]: value })));
        // Keeps a future procedure with many inputs from running for minutes.
        if (combos.length > 400) combos = combos.slice(0, 400);
      }
      return combos;
    }
    default:
      return [undefined];
  }
}

function inputsFor(procedure: ProcedureInfo, pools: Pools): unknown[] {
  if (procedure.inputs.length === 0) return [undefined];
  // tRPC merges chained inputs; every procedure here has one schema.
  return valuesFor(procedure.inputs[0], "", pools);
}

/** What the error formatter would send for an in-process error: message and data only. */
function describeError(error: unknown): string {
  const trpc = error as { code?: string; message?: string; cause?: unknown };
  return JSON.stringify({ code: trpc.code, message: trpc.message, fieldErrors: fieldErrorsFrom(trpc.cause) ?? null });
}

/** The uuids a caller put into their own input: echoing those back is not a leak. */
function idsIn(input: unknown): Set<string> {
  return new Set(JSON.stringify(input ?? null).match(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi) ?? []);
}

const iso = (value: Date | string | null | undefined) => (value ? new Date(value).toISOString() : "");

describe("nothing of one partner's private work reaches the other partner (A3, C1, C3 canaries)", () => {
  const test = useTestDatabase();
  let world: World;
  let authorA: TestUser;
  let readerB: Signable;
  let today: string;

  // Markers A writes that B may never read (until a positive control makes one readable).
  const marks = {
    paired: canary(),
    sharedV1: canary(),
    counselorOnlyV1: canary(),
    counselorOnlyV2: canary(),
    releaseGated: canary(),
    safety: canary(),
    draftPaired: canary(),
    draftShared: canary(),
    draftPrivate: canary(),
    draftSafety: canary(),
    jointPrivate: canary(),
    jointDraft: canary(),
    jointDraftPrivate: canary(),
    safetyOnly: canary(),
    safetyOnlyTitle: canary(),
    // The counselor's own words about the couple: psychotherapy notes and the agenda.
    sessionNote: canary(),
    agenda: canary(),
  };
  // Markers B must read: the positive controls.
  const visible = { sharedV2: canary(), jointShared: canary() };

  const ids = {} as {
    a1: string;
    a2: string;
    screenTask: string;
    screenAssignment: string;
    b1: string;
    b2: string;
    bSolo: string;
    bOverdue: string;
    bDone: string;
    bUpcoming: string;
    bSubmitted: string;
    jointSubmitted: string;
    jointDraft: string;
    otherCouple: string;
    a1SubmitKey: string;
    shareRequest: string;
    screenDueOn: string;
  };
  let secrets: Secrets;
  let aResponseIds: string[];

  // Everything the server logs during the run, refusals and errors included, at every level (L3).
  const logs = captureLog("trace");
  const asA = () => callerAs(test.db, authorA, logs.log);
  const asB = () => callerAs(test.db, readerB, logs.log);
  const counselor = () => callerAs(test.db, world.counselor, logs.log);

  async function assignOnce(definition: TTemplateDefinitionInput, audience: "hp" | "ip" | "each" | "together", dueOn: string, coupleId = world.own.couple.id) {
    const version = await createTemplateVersion(test.db, ZTemplateDefinition.parse(definition));
    return createAssignment(test.db, {
      coupleId,
      assignedById: coupleId === world.own.couple.id ? world.counselor.id : world.otherCounselor.id,
      templateVersionId: version.id,
      audience,
      schedule: { kind: "once", dueOn },
      startsOn: dueOn,
    });
  }

  async function task(assignmentId: string, assigneeId: string | null, dueOn: string, graceUntil?: Date) {
    const row = await createTask(test.db, { assignmentId, coupleId: world.own.couple.id, assigneeId, dueOn, ...(graceUntil ? { graceUntil } : {}) });
    return row.id;
  }

  /** What B sees on their home and task pages, as the pages load it. */
  async function partnerViewOf(reader: Signable) {
    const caller = callerAs(test.db, reader, logs.log);
    const taskIds = [ids.b1, ids.b2, ids.bSolo, ids.bOverdue, ids.bDone, ids.bUpcoming, ids.bSubmitted, ids.jointSubmitted, ids.jointDraft];
    return {
      today: await caller.today.get(),
      tasks: Object.fromEntries(await Promise.all(taskIds.map(async (taskId) => [taskId, await caller.task.get({ taskId })] as const))),
      // Nothing A drafts, submits privately, skips or flags may ever announce itself to B.
      notifications: await caller.notification.list(),
      unread: await caller.notification.unreadCount(),
    };
  }

  /** Everything stored about A's own work, to prove B's calls changed none of it. */
  async function storedWorkOfA() {
    const own = await test.db.select().from(responses).where(eq(responses.authorId, authorA.id)).orderBy(responses.id);
    const responseIds = own.map((row) => row.id);
    return {
      responses: own,
      fields: await test.db.select().from(responseFields).where(inArray(responseFields.responseId, responseIds)).orderBy(responseFields.responseId, responseFields.fieldKey),
      revisions: await test.db.select().from(responseRevisions).where(inArray(responseRevisions.responseId, responseIds)).orderBy(responseRevisions.id),
      disclosures: await test.db.select().from(disclosures).where(inArray(disclosures.responseId, responseIds)).orderBy(disclosures.id),
      requests: await test.db.select().from(shareRequests).where(inArray(shareRequests.responseId, responseIds)).orderBy(shareRequests.id),
      tasks: await test.db.select().from(tasks).where(inArray(tasks.id, [ids.a1, ids.a2, ids.screenTask])).orderBy(tasks.id),
    };
  }

  /** Ids and timestamps of A's work that B must never see, read from the database. */
  async function rowSecretsOfA(): Promise<Secrets> {
    const stored = await storedWorkOfA();
    const found: Secrets = {
      "A's check-in task id": ids.a1,
      "A's drafted task id": ids.a2,
      "A's safety screening task id": ids.screenTask,
      "A's safety screening assignment id": ids.screenAssignment,
      "A's safety screening due date": ids.screenDueOn,
      "share request id for A's answer": ids.shareRequest,
    };
    const screenTask = stored.tasks.find((row) => row.id === ids.screenTask)!;
    found["A's safety screening due time"] = iso(screenTask.dueAt);
    found["A's safety screening grace end"] = iso(screenTask.graceUntil);
    for (const row of stored.responses) {
      found[`A's response id ${row.id}`] = row.id;
      found[`A's response ${row.id} created at`] = iso(row.createdAt);
      found[`A's response ${row.id} updated at`] = iso(row.updatedAt);
      if (row.submittedAt) found[`A's response ${row.id} submitted at`] = iso(row.submittedAt);
      if (row.submitKey) found[`A's response ${row.id} submit key`] = row.submitKey;
      if (row.pinnedForSessionAt) found[`A's pin of ${row.id} at`] = iso(row.pinnedForSessionAt);
    }
    for (const row of stored.fields) {
      found[`A's answer ${row.responseId}/${row.fieldKey} updated at`] = iso(row.updatedAt);
      if (row.releaseWithdrawnAt) found[`A's hold-back of ${row.fieldKey} at`] = iso(row.releaseWithdrawnAt);
    }
    for (const row of stored.revisions) {
      found[`A's revision id ${row.id}`] = row.id;
      found[`A's revision ${row.id} created at`] = iso(row.createdAt);
    }
    for (const row of stored.requests) found[`share request ${row.id} created at`] = iso(row.createdAt);
    return found;
  }

  beforeAll(async () => {
    world = await createWorld(test.db);
    [authorA] = world.own.partners;
    readerB = world.own.partners[1];
    today = todayIn(world.own.couple.timeZone);
    const inADay = new Date(Date.now() + 24 * 3600 * 1000);

    // An every-class check-in for each partner, and a second one A only drafts.
    const every = await assignOnce(everyClassTextDefinition(), "each", today);
    ids.a1 = await task(every.id, authorA.id, today);
    ids.b1 = await task(every.id, readerB.id, today);
    const drafts = await assignOnce(everyClassTextDefinition("Canary drafts"), "each", today);
    ids.a2 = await task(drafts.id, authorA.id, today);
    ids.b2 = await task(drafts.id, readerB.id, today);
    // A's safety screening: A only, on a day B has nothing, with its own odd deadlines.
    ids.screenDueOn = addDays(today, 3);
    const screen = await assignOnce(safetyOnlyDefinition(`Private screening ${marks.safetyOnlyTitle}`), "hp", ids.screenDueOn);
    ids.screenAssignment = screen.id;
    ids.screenTask = await task(screen.id, authorA.id, ids.screenDueOn, new Date(Date.now() + 5 * 24 * 3600 * 1000 + 777));
    // Joint tasks: one A submits (its shared part is B's to read), one A only drafts.
    ids.jointSubmitted = await task((await assignOnce(jointDefinition(), "together", today)).id, null, today);
    ids.jointDraft = await task((await assignOnce(jointDefinition("Canary joint draft"), "together", today)).id, null, today);
    // B's own exercise: due today, still open from yesterday, done the day before, coming up.
    const solo = await assignOnce(everyClassTextDefinition("Canary solo"), "ip", today);
    ids.bSolo = await task(solo.id, readerB.id, today);
    ids.bOverdue = await task(solo.id, readerB.id, addDays(today, -1), inADay);
    ids.bDone = await task(solo.id, readerB.id, addDays(today, -2), inADay);
    ids.bUpcoming = await task(solo.id, readerB.id, addDays(today, 2));
    ids.bSubmitted = await task(solo.id, readerB.id, addDays(today, -3), inADay);
    // Another couple's task, for the id pool.
    const elsewhere = await assignOnce(everyClassTextDefinition("Canary elsewhere"), "hp", today, world.other.couple.id);
    ids.otherCouple = (
      await createTask(test.db, { assignmentId: elsewhere.id, coupleId: world.other.couple.id, assigneeId: world.other.partners[0].id, dueOn: today })
    ).id;

    // B finishes the exercise from two days ago, so "recently done" has something in it.
    await asB().task.submit({ taskId: ids.bDone, baseVersion: 0, answers: { ip_view: "B done", shared_note: "B done" }, submitKey: randomUUID() });
    // And one more that B's own sharing calls in the crawl really act on.
    await asB().task.submit({
      taskId: ids.bSubmitted,
      baseVersion: 0,
      answers: { ip_view: "B submitted", private_note: "B's own private note", letter: "B's own letter" },
      submitKey: randomUUID(),
    });
    // B opens Today once, so the couple's tasks are materialised before any snapshot.
    await asB().today.get();

    // A submits every class; a paired answer B has not matched; then amends.
    ids.a1SubmitKey = randomUUID();
    const submitted = await asA().task.submit({
      taskId: ids.a1,
      baseVersion: 0,
      answers: { hp_view: marks.paired, shared_note: marks.sharedV1, private_note: marks.counselorOnlyV1, letter: marks.releaseGated, safety_note: marks.safety },
      submitKey: ids.a1SubmitKey,
    });
    await asA().task.amend({
      taskId: ids.a1,
      baseVersion: submitted.version,
      answers: { hp_view: marks.paired, shared_note: visible.sharedV2, private_note: marks.counselorOnlyV2, letter: marks.releaseGated, safety_note: marks.safety },
    });
    await asA().task.submit({
      taskId: ids.jointSubmitted,
      baseVersion: 0,
      answers: { joint_note: visible.jointShared, hp_aside: marks.jointPrivate },
      submitKey: randomUUID(),
    });
    // The counselor asks A to share the private answer; A holds the letter back.
    await counselor().review.requestShare({ responseId: submitted.responseId, fieldKey: "private_note" });
    await asA().task.setReleaseOffer({ taskId: ids.a1, fieldKey: "letter", offered: false });
    const [request] = await test.db.select().from(shareRequests).where(eq(shareRequests.responseId, submitted.responseId));
    ids.shareRequest = request!.id;
    // A pins the check-in for the session; the counselor prepares it with a note and an agenda.
    await asA().task.pin({ taskId: ids.a1, pinned: true });
    const session = await counselor().session.schedule({ coupleId: world.own.couple.id, date: addDays(today, 2), time: "15:00", durationMinutes: 50 });
    await counselor().session.saveAgenda({ sessionId: session.id, baseVersion: session.version, items: [{ text: `Talk about ${marks.agenda}`, done: false }] });
    await counselor().session.saveNote({ sessionId: session.id, baseVersion: 0, body: `Private: ${marks.sessionNote}` });
  });

  it("leaves B's Today and task pages exactly as they were while A drafts and completes a safety screening (C1, C2)", async () => {
    const before = await partnerViewOf(readerB);

    await asA().task.saveDraft({
      taskId: ids.a2,
      baseVersion: 0,
      answers: { hp_view: marks.draftPaired, shared_note: marks.draftShared, private_note: marks.draftPrivate, safety_note: marks.draftSafety },
    });
    await asA().task.saveDraft({ taskId: ids.a2, baseVersion: 1, answers: { hp_view: marks.draftPaired, shared_note: marks.draftShared, private_note: marks.draftPrivate } });
    await asA().task.saveDraft({ taskId: ids.jointDraft, baseVersion: 0, answers: { joint_note: marks.jointDraft, hp_aside: marks.jointDraftPrivate } });
    await asA().task.submit({ taskId: ids.screenTask, baseVersion: 0, answers: { afraid: true, what_happened: marks.safetyOnly }, submitKey: randomUUID() });
    // The joint draft moved the task itself on; B's own part did not.
    const [joint] = await test.db.select().from(tasks).where(eq(tasks.id, ids.jointDraft));
    expect(joint?.status).toBe("in_progress");

    const after = await partnerViewOf(readerB);
    expect(after).toEqual(before);
    expect(after.notifications.items).toEqual([]);

    aResponseIds = (await test.db.select({ id: responses.id }).from(responses).where(eq(responses.authorId, authorA.id))).map((row) => row.id);
    expect(aResponseIds).toHaveLength(5);
    secrets = { ...Object.fromEntries(Object.entries(marks).map(([label, marker]) => [`marker ${label}`, marker])), ...(await rowSecretsOfA()) };
  });

  /** Calls every partner procedure as `reader` with every plausible input, in-process and over HTTP. */
  async function crawl(reader: Signable, options: { mutations: boolean }): Promise<Exchange[]> {
    const random = randomUUID();
    const mineForQueries = [ids.b1, ids.b2, ids.bSolo, ids.bOverdue, ids.bDone, ids.bUpcoming, ids.bSubmitted];
    // B1 stays untouched by mutations: B's missing answer there is what keeps A's paired answer hidden.
    const mineForMutations = [ids.b2, ids.bSolo, ids.bSubmitted];
    const foreign = [ids.a1, ids.a2, ids.screenTask, ids.otherCouple, random];
    const common = {
      requestIds: [ids.shareRequest, ...aResponseIds, random],
      otherIds: [...aResponseIds, ids.shareRequest, ids.screenAssignment, ids.a1, ids.screenTask, random],
      submitKeys: [randomUUID(), ids.a1SubmitKey],
      fieldKeys: ["hp_view", "ip_view", "shared_note", "private_note", "letter", "safety_note", "afraid", "what_happened", "joint_note", "hp_aside", "ip_aside"],
    };
    const queryPools: Pools = { ...common, taskIds: [...mineForQueries, ids.jointSubmitted, ids.jointDraft, ...foreign], answers: [{}] };
    const mutationPools: Pools = {
      ...common,
      taskIds: [...mineForMutations, ids.jointSubmitted, ids.jointDraft, ...foreign],
      answers: [{}, { hp_view: "B-PROBE", shared_note: "B-PROBE" }, { joint_note: "B-PROBE" }, { safety_note: "B-PROBE", what_happened: "B-PROBE" }],
    };

    const exchanges: Exchange[] = [];
    const procedures = partnerProcedures().filter((procedure) => options.mutations || procedure.type === "query");
    // Procedures on the caller's own account (sign out) run last, each on a sign-in of its own.
    const ordered = [...procedures.filter((p) => p.scope !== "self"), ...procedures.filter((p) => p.scope === "self")];
    for (const procedure of ordered) {
      const pools = procedure.type === "query" ? queryPools : mutationPools;
      for (const input of inputsFor(procedure, pools)) {
        for (const transport of ["in-process", "http"] as const) {
          const who = procedure.scope === "self" ? { ...reader, sessionId: await createSession(test.db, reader.id) } : reader;
          if (transport === "in-process") {
            try {
              const result = await procedureOf(callerAs(test.db, who, logs.log), procedure.path)(input);
              exchanges.push({ path: procedure.path, type: procedure.type, transport, input, ok: true, text: JSON.stringify(result ?? null) });
            } catch (error) {
              exchanges.push({ path: procedure.path, type: procedure.type, transport, input, ok: false, text: describeError(error) });
            }
          } else {
            const ctx = createInnerContext({ db: test.db, session: claimsFor(who), log: logs.log });
            const response = await callOverHttp(appRouter, ctx, procedure.path, input, procedure.type);
            exchanges.push({ path: procedure.path, type: procedure.type, transport, input, ok: response.body.error === undefined, text: response.text });
          }
        }
      }
    }
    return exchanges;
  }

  /** Signing out everywhere ends every sign-in of B; this opens a fresh one. */
  async function freshSignIn(user: Signable): Promise<Signable> {
    const [row] = await test.db.select({ sessionVersion: users.sessionVersion }).from(users).where(eq(users.id, user.id));
    return { ...user, sessionVersion: row!.sessionVersion, sessionId: await createSession(test.db, user.id) };
  }

  function leaksOf(exchanges: Exchange[], forbidden: Secrets) {
    return exchanges.flatMap((exchange) => {
      const found = leaksIn(exchange.text, forbidden, idsIn(exchange.input));
      return found.length > 0 ? [{ path: exchange.path, transport: exchange.transport, input: exchange.input, leaked: found }] : [];
    });
  }

  it("covers every procedure a partner may call, including any added later", () => {
    const paths = partnerProcedures().map((procedure) => procedure.path);
    const fromPolicies = Object.keys(POLICIES).filter((name) => {
      const roles = findPolicy(name)?.roles;
      return roles === "public" || (roles?.includes("partner") ?? false);
    });
    expect(paths.sort()).toEqual(fromPolicies.sort());
    expect(paths).toEqual(expect.arrayContaining(["today.get", "task.get", "task.saveDraft", "task.submit", "task.share", "task.answerShareRequest"]));
  });

  it("B calling every partner procedure with every plausible input gets no marker, id or timestamp of A's private work", { timeout: 240_000 }, async () => {
    const aBefore = await storedWorkOfA();
    const exchanges = await crawl(readerB, { mutations: true });
    readerB = await freshSignIn(readerB);

    // Every partner procedure was exercised, both ways.
    for (const procedure of partnerProcedures()) {
      expect(exchanges.filter((exchange) => exchange.path === procedure.path).length, procedure.path).toBeGreaterThanOrEqual(2);
    }
    expect(leaksOf(exchanges, secrets)).toEqual([]);

    // Positive control: the same scan does find what A shared, where B reads it.
    const sharedWithB = (path: string, taskId?: string) =>
      exchanges.filter((exchange) => exchange.ok && exchange.path === path && (!taskId || (exchange.input as { taskId?: string }).taskId === taskId));
    for (const exchange of sharedWithB("today.get")) expect(leaksIn(exchange.text, visible)).toEqual(["sharedV2", "jointShared"]);
    for (const exchange of sharedWithB("task.get", ids.b1)) expect(leaksIn(exchange.text, visible)).toEqual(["sharedV2"]);
    for (const exchange of sharedWithB("task.get", ids.jointSubmitted)) expect(leaksIn(exchange.text, visible)).toEqual(["jointShared"]);
    expect(sharedWithB("today.get").length).toBeGreaterThan(0);
    expect(sharedWithB("task.get", ids.b1).length).toBeGreaterThan(0);

    // Nothing aimed at A's work was accepted, and none of it changed.
    const aIds = [ids.a1, ids.a2, ids.screenTask, ids.shareRequest, ...aResponseIds];
    const accepted = exchanges.filter((exchange) => exchange.ok && [...idsIn(exchange.input)].some((id) => aIds.includes(id)));
    expect(accepted.map(({ path, input }) => ({ path, input }))).toEqual([]);
    expect(await storedWorkOfA()).toEqual(aBefore);
  });

  it("the scan sees each private class the moment it becomes B's to read, and nothing else with it", { timeout: 120_000 }, async () => {
    // Where B reads A's words: Today, the task page, and B's own data export, which uses the same query.
    const readers = new Set(["today.get", "task.get", "account.exportMyData"]);
    const stillSecret = (...labels: string[]) => Object.fromEntries(Object.entries(secrets).filter(([label]) => !labels.includes(label)));
    const seenBy = async (marker: string) => {
      const exchanges = await crawl(readerB, { mutations: false });
      return exchanges.filter((exchange) => exchange.text.includes(marker)).map((exchange) => exchange.path);
    };

    // Paired reveal: A's answer appears once B has submitted B's own.
    await asB().task.submit({ taskId: ids.b1, baseVersion: 0, answers: { ip_view: "B's own view" }, submitKey: randomUUID() });
    expect(new Set(await seenBy(marks.paired))).toEqual(readers);

    // Author share: the revision A consented to (the amended one), never the first.
    await asA().task.share({ taskId: ids.a1, fieldKey: "private_note", confirm: true });
    expect(new Set(await seenBy(marks.counselorOnlyV2))).toEqual(readers);

    // Counselor release, once A offers the letter again.
    await asA().task.setReleaseOffer({ taskId: ids.a1, fieldKey: "letter", offered: true });
    const [a1Row] = await test.db.select({ id: responses.id }).from(responses).where(eq(responses.taskId, ids.a1));
    await counselor().review.release({ responseId: a1Row!.id, fieldKey: "letter" });
    expect(new Set(await seenBy(marks.releaseGated))).toEqual(readers);

    // Everything else stays hidden: the first private revision, the safety answers, the
    // drafts, and the ids and times of A's rows, including the consent and release.
    const disclosureRows = await test.db.select().from(disclosures).where(eq(disclosures.responseId, a1Row!.id));
    expect(disclosureRows).toHaveLength(2);
    const remaining: Secrets = {
      ...stillSecret("marker paired", "marker counselorOnlyV2", "marker releaseGated"),
      ...(await rowSecretsOfA()),
      ...Object.fromEntries(disclosureRows.flatMap((row) => [[`disclosure id ${row.id}`, row.id], [`disclosure ${row.id} created at`, iso(row.createdAt)]])),
    };
    const lastCrawl = await crawl(readerB, { mutations: false });
    expect(leaksOf(lastCrawl, remaining)).toEqual([]);

    // The notifications were crawled with data in them: B heard of the share and the release,
    // in words that carry none of A's, and nothing else of A's work.
    const listed = lastCrawl.filter((exchange) => exchange.ok && exchange.path === "notification.list");
    expect(listed.length).toBeGreaterThan(0);
    const { items } = await asB().notification.list();
    expect(items.map((item) => item.kind).sort()).toEqual(["counselor_released", "partner_shared"]);
    expect(items.every((item) => item.href === `/tasks/${ids.b1}`)).toBe(true);
    for (const exchange of listed) expect(leaksIn(exchange.text, { ...secrets, ...visible })).toEqual([]);
  });

  it("C1: no role can make a safety answer readable by the other partner", async () => {
    const [screenResponse] = await test.db.select({ id: responses.id }).from(responses).where(eq(responses.taskId, ids.screenTask));
    const [a1Row] = await test.db.select({ id: responses.id }).from(responses).where(eq(responses.taskId, ids.a1));
    const code = (promise: Promise<unknown>) => promise.then(() => "OK", (error: { code?: string }) => error.code);

    expect(await code(asA().task.share({ taskId: ids.screenTask, fieldKey: "what_happened", confirm: true }))).toBe("BAD_REQUEST");
    expect(await code(asA().task.share({ taskId: ids.a1, fieldKey: "safety_note", confirm: true }))).toBe("BAD_REQUEST");
    expect(await code(asA().task.setReleaseOffer({ taskId: ids.screenTask, fieldKey: "what_happened", offered: true }))).toBe("BAD_REQUEST");
    for (const [responseId, fieldKey] of [
      [screenResponse!.id, "what_happened"],
      [a1Row!.id, "safety_note"],
    ] as const) {
      expect(await code(counselor().review.release({ responseId, fieldKey }))).toBe("BAD_REQUEST");
      expect(await code(counselor().review.requestShare({ responseId, fieldKey }))).toBe("BAD_REQUEST");
      expect(await code(callerAs(test.db, world.admin, logs.log).review.release({ responseId, fieldKey }))).toBe("FORBIDDEN");
      expect(await code(asB().task.share({ taskId: ids.screenTask, fieldKey, confirm: true }))).toBe("NOT_FOUND");
    }
    expect(await test.db.select().from(disclosures).where(inArray(disclosures.responseId, [screenResponse!.id]))).toEqual([]);
    const view = JSON.stringify(await partnerViewOf(readerB));
    expect(leaksIn(view, { safety: marks.safety, safetyOnly: marks.safetyOnly, title: marks.safetyOnlyTitle, screenTask: ids.screenTask })).toEqual([]);
  });

  it("D3: reminder emails to either partner carry no marker, title or name, only their own counts", async () => {
    const zone = world.own.couple.timeZone;
    const partnerIds = [authorA.id, readerB.id];
    // Both accounts are active (reminders go only to people who have set a password).
    await test.db.update(users).set({ passwordHash: "$argon2id$v=19$m=19456,t=2,p=1$c2FsdHNhbHQ$aGFzaGhhc2hoYXNoaGFzaA" }).where(inArray(users.id, partnerIds));
    const due = (await remindersDue(test.db, instantIn(today, "23:30", zone))).filter((email) => partnerIds.includes(email.userId ?? ""));
    // B still has open tasks by now (A has done all of theirs): B's reminder is the one that could carry A's words.
    expect(due.map((email) => email.userId)).toContain(readerB.id);
    for (const email of due) await queueEmail(test.db, email);
    const sent = await deliverQueuedEmail(test.db, new Date(), partnerIds);
    expect(sent).toHaveLength(due.length);
    const names = Object.fromEntries([...world.own.partners, world.counselor].map((person) => [`name-${person.id}`, person.displayName]));
    for (const email of sent) expect(leaksIn(`${email.subject}\n${email.text}\n${email.html}`, { ...secrets, ...names })).toEqual([]);
  });

  it("C3: partner-facing DTOs carry exactly the reviewed fields", async () => {
    // Give B's own answers every sharing state first: a request, a release and a share.
    const mine = await asB().task.get({ taskId: ids.b1 });
    await asB().task.amend({ taskId: ids.b1, baseVersion: mine.response!.version, answers: { ip_view: "B's own view", private_note: "B private", letter: "B letter" } });
    const [b1Response] = await test.db.select({ id: responses.id }).from(responses).where(eq(responses.taskId, ids.b1));
    await counselor().review.requestShare({ responseId: b1Response!.id, fieldKey: "private_note" });
    await counselor().review.release({ responseId: b1Response!.id, fieldKey: "letter" });
    const done = await asB().task.get({ taskId: ids.bDone });
    await asB().task.amend({ taskId: ids.bDone, baseVersion: done.response!.version, answers: { ip_view: "B done", shared_note: "B done", private_note: "shared by B" } });
    await asB().task.share({ taskId: ids.bDone, fieldKey: "private_note", confirm: true });

    const view = await partnerViewOf(readerB);
    // Field definitions and answer values are checked on their own, below.
    const todayKeys = keyPaths(view.today, { opaque: ["shared[].answers[].field", "shared[].answers[].value"] });
    const taskKeys = new Set<string>();
    for (const page of Object.values(view.tasks)) {
      for (const key of keyPaths(page, {
        records: ["response.answers", "sharing"],
        opaque: ["form.sections[].fields[]", "fromPartner[].field", "fromPartner[].value", "response.answers.*"],
      })) {
        taskKeys.add(key);
      }
    }
    const taskItem = ["id", "assignmentId", "title", "estimatedMinutes", "dueOn", "dueAt", "isJoint", "status", "isLate", "closesAt"];
    expect([...todayKeys].sort()).toEqual(
      [
        "firstName",
        "counselorName",
        "today",
        ...["dueToday", "overdue", "recentlyDone", "upcoming"].flatMap((list) => [list, `${list}[]`, ...taskItem.map((key) => `${list}[].${key}`)]),
        "upcoming[].moreThisWeek",
        "shared",
        "shared[]",
        "shared[].key",
        "shared[].dueOn",
        "shared[].title",
        "shared[].answers",
        "shared[].answers[]",
        "shared[].answers[].field",
        "shared[].answers[].value",
        "shared[].answers[].via",
      ].sort(),
    );
    expect([...keyPaths(view.notifications)].sort()).toEqual(
      ["items", "items[]", ...["id", "kind", "count", "createdAt", "readAt", "text", "href"].map((key) => `items[].${key}`)].sort(),
    );
    expect([...taskKeys].sort()).toEqual(
      [
        "task",
        ...[
          "id",
          "timeZone",
          "dueOn",
          "dueAt",
          "graceUntil",
          "status",
          "isLate",
          "skipReason",
          "isJoint",
          "noteToCouple",
          "paused",
          "lateNow",
          "canSkip",
        ].map((key) => `task.${key}`),
        "form",
        "form.title",
        "form.instructions",
        "form.estimatedMinutes",
        "form.sections",
        "form.sections[]",
        "form.sections[].key",
        "form.sections[].title",
        "form.sections[].fields",
        "form.sections[].fields[]",
        "response",
        "response.state",
        "response.version",
        "response.answers",
        "response.answers.*",
        "response.savedAt",
        "response.submittedAt",
        "response.amended",
        "response.pinnedForSession",
        "sharing",
        "sharing.*",
        "sharing.*.state",
        "sharing.*.since",
        "sharing.*.requestId",
        "fromPartner",
        "fromPartner[]",
        "fromPartner[].field",
        "fromPartner[].value",
        "fromPartner[].via",
      ].sort(),
    );

    // A question as a partner's page receives it: never a pair key or scoring.
    const fieldKeys = new Set<string>();
    const collect = (field: object) => Object.keys(field).forEach((key) => fieldKeys.add(key));
    for (const page of Object.values(view.tasks)) {
      page.form.sections.forEach((section) => section.fields.forEach(collect));
      page.fromPartner.forEach((answer) => collect(answer.field));
    }
    view.today.shared.forEach((item) => item.answers.forEach((answer) => collect(answer.field)));
    expect([...fieldKeys].sort()).toEqual(["key", "label", "maxLength", "pairedReveal", "required", "type", "visibility"].sort());
  });
  describe("answers given away by a question that depends on them", () => {
    /** Assigns a conditional exercise due today through the real procedures; A and B's tasks, or the refusal. */
    async function assignConditional(title: string, pairedTrigger: boolean, overrides: Record<string, "counselor_only"> = {}) {
      const { templateId } = await counselor().library.create({ definition: conditionalDefinition(title, { pairedTrigger }) });
      const input = { coupleId: world.own.couple.id, templateId, audience: "each" as const, startsOn: today, schedule: { kind: "once" as const, dueOn: today } };
      const outcome = await counselor()
        .assignment.create({ ...input, visibilityOverrides: overrides })
        .then(
          (result) => ({ assignmentId: result.assignmentId, refused: null }),
          (error: { code?: string }) => ({ assignmentId: null, refused: error.code ?? "unknown" }),
        );
      if (!outcome.assignmentId) return { ...outcome, aTask: null, bTask: null };
      const taskOf = async (user: Signable) => (await callerAs(test.db, user, logs.log).today.get()).dueToday.find((item) => item.title === title)!.id;
      return { ...outcome, aTask: await taskOf(authorA), bTask: await taskOf(readerB) };
    }

    it("a question shown after an answer the counselor made private never tells B that answer, at assignment or on edit", async () => {
      // At assignment: the counselor makes the earlier answer private, the question after it stays shared.
      const tightened = await assignConditional(`Conditional ${randomUUID()}`, false, { hp_talked: "counselor_only" });
      if (tightened.aTask) {
        const marker = canary();
        await asA().task.submit({ taskId: tightened.aTask, baseVersion: 0, answers: { hp_talked: true, hp_detail: marker }, submitKey: randomUUID() });
        const seen = JSON.stringify([await asB().task.get({ taskId: tightened.bTask }), await asB().today.get()]);
        expect(leaksIn(seen, { marker })).toEqual([]);
      } else {
        expect(tightened.refused).toBe("BAD_REQUEST");
      }

      // On edit: the same tightening of homework already assigned.
      const plain = await assignConditional(`Conditional ${randomUUID()}`, false);
      const edit = await counselor().assignment.getForEdit({ assignmentId: plain.assignmentId! });
      const edited = await counselor()
        .assignment.update({
          assignmentId: plain.assignmentId!,
          baseVersion: edit.version,
          schedule: { kind: "once", dueOn: today },
          visibilityOverrides: { hp_talked: "counselor_only" },
        })
        .then(
          () => "OK",
          (error: { code?: string }) => error.code,
        );
      if (edited === "OK") {
        const marker = canary();
        await asA().task.submit({ taskId: plain.aTask!, baseVersion: 0, answers: { hp_talked: true, hp_detail: marker }, submitKey: randomUUID() });
        expect(leaksIn(JSON.stringify(await asB().task.get({ taskId: plain.bTask! })), { marker })).toEqual([]);
      } else {
        expect(edited).toBe("BAD_REQUEST");
      }
    });

    /**
     * A shared question that appears only after a paired-reveal answer would, by its
     * mere presence (and its condition), tell B how A answered before B gives theirs:
     * it is held back like the paired answer itself.
     */
    it("a shared question that depends on a paired-reveal answer stays hidden until B gives theirs", async () => {
      const marker = canary();
      const assigned = await assignConditional(`Paired conditional ${randomUUID()}`, true);
      await asA().task.submit({ taskId: assigned.aTask!, baseVersion: 0, answers: { hp_talked: true, hp_detail: marker }, submitKey: randomUUID() });
      const before = JSON.stringify([await asB().task.get({ taskId: assigned.bTask! }), await asB().today.get()]);
      expect(leaksIn(before, { marker })).toEqual([]);
      expect(before).not.toContain("showWhen");
      // Positive control: once B has answered, both the paired answer and the question after it arrive.
      await asB().task.submit({ taskId: assigned.bTask!, baseVersion: 0, answers: { ip_talked: false }, submitKey: randomUUID() });
      const after = await asB().task.get({ taskId: assigned.bTask! });
      expect(after.fromPartner.map((answer) => answer.field.key)).toEqual(expect.arrayContaining(["hp_talked", "hp_detail"]));
      expect(JSON.stringify(after)).not.toContain("showWhen");
    });
  });

  describe("the server log (L3)", () => {
    // A database of its own: a trigger there makes storing an answer fail with the answer in the error.
    const scratch = useScratchDatabase();

    it("an unexpected error while A saves private words shows neither the words nor the SQL, to the caller or in the log", async () => {
      const db = scratch.handle.db;
      const elsewhere = await createWorld(db);
      const [author] = elsewhere.own.partners;
      const version = await createTemplateVersion(db, ZTemplateDefinition.parse(everyClassTextDefinition("Canary error path")));
      const assignment = await createAssignment(db, { coupleId: elsewhere.own.couple.id, assignedById: elsewhere.counselor.id, templateVersionId: version.id, audience: "each" });
      const dueOn = todayIn(elsewhere.own.couple.timeZone);
      const taskId = (await createTask(db, { assignmentId: assignment.id, coupleId: elsewhere.own.couple.id, assigneeId: author.id, dueOn })).id;
      await db.execute(sql`CREATE FUNCTION canary_refuse_answer() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'refusing to store %', NEW.value::text; END $$`);
      await db.execute(sql`CREATE TRIGGER canary_refuse_answer BEFORE INSERT ON response_fields FOR EACH ROW EXECUTE FUNCTION canary_refuse_answer()`);
      const marker = canary();
      // Positive control: the database's own error message does carry the words.
      const direct = await db.execute(sql`INSERT INTO response_fields (response_id, field_key, visibility, value) VALUES (${randomUUID()}, 'private_note', 'counselor_only', ${JSON.stringify(marker)}::jsonb)`).then(
        () => "",
        (error: unknown) => JSON.stringify(error, Object.getOwnPropertyNames(error)) + String((error as { cause?: { message?: string } }).cause?.message),
      );
      expect(direct).toContain(marker);

      const draft = { taskId, baseVersion: 0, answers: { private_note: marker } };
      const inProcess = await callerAs(db, author, logs.log)
        .task.saveDraft(draft)
        .then(
          () => ({ code: "OK", text: "" }),
          (error: { code?: string; message?: string }) => ({ code: error.code, text: describeError(error) }),
        );
      expect(inProcess.code).toBe("INTERNAL_SERVER_ERROR");
      const overHttp = await callOverHttp(appRouter, createInnerContext({ db, session: claimsFor(author), log: logs.log }), "task.saveDraft", draft, "mutation");
      expect(overHttp.body.error?.json.data.code).toBe("INTERNAL_SERVER_ERROR");
      for (const text of [inProcess.text, overHttp.text]) expect(leaksIn(text, { marker, sql: "response_fields" })).toEqual([]);
      const logged = logs.records().filter((record) => record.msg === "unexpected error" && record.path === "task.saveDraft");
      expect(logged).toHaveLength(2);
      expect(leaksIn(logs.text(), { marker })).toEqual([]);
    });

    it("holds no marker and no id or timestamp of A's private work after the whole run, refusals and errors included", async () => {
      // Refused calls with A's ids and words: anonymous ones, and B trying counselor procedures.
      for (const procedure of partnerProcedures()) {
        const input = procedure.inputs.length === 0 ? undefined : { taskId: ids.a1, requestId: ids.shareRequest, fieldKey: "private_note", answers: { private_note: marks.counselorOnlyV2 } };
        await procedureOf(callerAs(test.db, null, logs.log), procedure.path)(input).catch(() => undefined);
      }
      const b = callerAs(test.db, readerB, logs.log);
      await b.review.release({ responseId: aResponseIds[0]!, fieldKey: "private_note" }).catch(() => undefined);
      await b.session.saveNote({ sessionId: randomUUID(), baseVersion: 0, body: marks.sessionNote }).catch(() => undefined);
      await counselor().library.importInstrument({ json: `{"title": ${marks.agenda}` }).catch(() => undefined);

      // Positive control: the capture saw refusals at debug level and the error path above.
      const records = logs.records();
      expect(records.some((record) => record.level === 20 && record.msg === "refused a call without a signed-in viewer")).toBe(true);
      expect(records.some((record) => record.level === 50 && record.msg === "unexpected error")).toBe(true);

      const everything: Secrets = { ...secrets, ...(await rowSecretsOfA()), ...Object.fromEntries(Object.entries(visible).map(([label, marker]) => [`readable marker ${label}`, marker])) };
      expect(leaksIn(logs.text(), everything)).toEqual([]);
    });
  });
});
