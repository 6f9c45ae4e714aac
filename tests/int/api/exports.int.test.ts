import { randomUUID } from "node:crypto";
import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { auditEvents } from "@/db/schema";
import { todayIn } from "@/db/schema/_shared/calendar";
import { ZTemplateDefinition } from "@/db/schema/exercises/definition";
import { callerAs } from "../../support/callers";
import { canary, everyClassTextDefinition, leaksIn } from "../../support/canary";
import { useTestDatabase } from "../../support/database";
import { createAssignment, createTask, createTemplateVersion, createUser, createWorld } from "../../support/factories";

type World = Awaited<ReturnType<typeof createWorld>>;

const codeOf = (promise: Promise<unknown>) =>
  promise.then(
    () => "OK",
    (error: { code?: string }) => error.code,
  );

/**
 * Exports, with canaries: the hurt partner (A) submits one answer of every visibility
 * class and keeps a draft; the involved partner (B) keeps a draft; the counselor writes
 * an agenda and a private session note. Each export must hold exactly what its reader
 * may see. The tests build on each other's state and run in order.
 */
describe("exports", () => {
  const test = useTestDatabase();
  let world: World;
  const title = `Export exercise ${randomUUID().slice(0, 8)}`;
  const marks = {
    aPaired: canary(),
    aShared: canary(),
    aPrivate: canary(),
    aLetter: canary(),
    aSafety: canary(),
    aDraft: canary(),
    bDraftPaired: canary(),
    bDraftPrivate: canary(),
    agenda: canary(),
    sessionNote: canary(),
  };
  const A = () => callerAs(test.db, world.own.partners[0]);
  const B = () => callerAs(test.db, world.own.partners[1]);
  const counselor = () => callerAs(test.db, world.counselor);

  beforeAll(async () => {
    world = await createWorld(test.db);
    const { couple, partners } = world.own;
    const today = todayIn(couple.timeZone);
    const version = await createTemplateVersion(test.db, ZTemplateDefinition.parse(everyClassTextDefinition(title)));
    const assignment = await createAssignment(test.db, {
      coupleId: couple.id,
      assignedById: world.counselor.id,
      templateVersionId: version.id,
      audience: "each",
      schedule: { kind: "daily" },
      startsOn: today,
    });
    const aTask = await createTask(test.db, { assignmentId: assignment.id, coupleId: couple.id, assigneeId: partners[0].id, dueOn: today });
    const aLater = await createTask(test.db, { assignmentId: assignment.id, coupleId: couple.id, assigneeId: partners[0].id, dueOn: "2099-01-01" });
    const bTask = await createTask(test.db, { assignmentId: assignment.id, coupleId: couple.id, assigneeId: partners[1].id, dueOn: today });

    await A().task.submit({
      taskId: aTask.id,
      baseVersion: 0,
      submitKey: randomUUID(),
      answers: { hp_view: marks.aPaired, shared_note: marks.aShared, private_note: marks.aPrivate, letter: marks.aLetter, safety_note: marks.aSafety },
    });
    await A().task.saveDraft({ taskId: aLater.id, baseVersion: 0, answers: { private_note: marks.aDraft } });
    await B().task.saveDraft({ taskId: bTask.id, baseVersion: 0, answers: { ip_view: marks.bDraftPaired, private_note: marks.bDraftPrivate } });

    const session = await counselor().session.schedule({ coupleId: couple.id, date: "2099-07-01", time: "14:30", durationMinutes: 50 });
    await counselor().session.saveAgenda({ sessionId: session.id, baseVersion: session.version, items: [{ text: `Talk about ${marks.agenda}`, done: false }] });
    await counselor().session.saveNote({ sessionId: session.id, baseVersion: 0, body: marks.sessionNote });
  });

  it("gives a partner their own answers and drafts with the questions, what was shared with them, and their consents; nothing private of the other", async () => {
    const exportB = await B().account.exportMyData();
    const textB = JSON.stringify(exportB);
    expect(leaksIn(textB, marks).sort()).toEqual(["aShared", "bDraftPaired", "bDraftPrivate"]);
    expect(exportB.answers).toHaveLength(1);
    expect(exportB.answers[0]).toMatchObject({ exercise: title, state: "draft" });
    expect(exportB.answers[0]!.draft).toEqual(
      expect.arrayContaining([expect.objectContaining({ question: "For my counselor", value: marks.bDraftPrivate })]),
    );
    expect(exportB.sharedWithYou).toEqual([expect.objectContaining({ exercise: title, answers: [expect.objectContaining({ question: "For both of us", value: marks.aShared })] })]);
    expect(exportB.consents).toHaveLength(1);
    expect(exportB.account.email).toBe(world.own.partners[1].email);

    const exportA = await A().account.exportMyData();
    expect(leaksIn(JSON.stringify(exportA), marks).sort()).toEqual(["aDraft", "aLetter", "aPaired", "aPrivate", "aSafety", "aShared"]);
    const submitted = exportA.answers.find((answer) => answer.state === "submitted")!;
    expect(submitted.revisions).toHaveLength(1);
    expect(submitted.revisions[0]!.answers.map((answer) => answer.question)).toEqual(["How today looked to me", "For both of us", "For my counselor", "Letter", "Safety note"]);
  });

  it("gives the counselor the couple's record with submitted answers and agendas, never the private session note or drafts", async () => {
    const record = await counselor().couple.export({ coupleId: world.own.couple.id });
    expect(leaksIn(JSON.stringify(record), marks).sort()).toEqual(["aLetter", "aPaired", "aPrivate", "aSafety", "aShared", "agenda"]);
    expect(record.partners).toHaveLength(2);
    expect(record.assignments).toEqual([expect.objectContaining({ title })]);
    expect(record.tasks).toHaveLength(3);
    expect(record.sessions).toHaveLength(1);
    expect(record.answers).toHaveLength(1);
  });

  it("refuses everyone else", async () => {
    const foreignAdmin = await createUser(test.db, { practiceId: world.otherPractice.id, role: "admin" });
    const coupleId = world.own.couple.id;
    for (const user of [world.otherCounselor, world.foreignCounselor]) {
      expect(await codeOf(callerAs(test.db, user).couple.export({ coupleId }))).toBe("NOT_FOUND");
    }
    for (const user of [world.admin, foreignAdmin, world.own.partners[0], world.other.partners[0]]) {
      expect(await codeOf(callerAs(test.db, user).couple.export({ coupleId }))).toBe("FORBIDDEN");
    }
    expect(await codeOf(callerAs(test.db, null).couple.export({ coupleId }))).toBe("UNAUTHORIZED");
    for (const user of [world.admin, world.counselor]) {
      expect(await codeOf(callerAs(test.db, user).account.exportMyData())).toBe("FORBIDDEN");
    }
    expect(await codeOf(callerAs(test.db, null).account.exportMyData())).toBe("UNAUTHORIZED");
    // Another couple's partner gets only their own (empty) work.
    const other = await callerAs(test.db, world.other.partners[0]).account.exportMyData();
    expect(leaksIn(JSON.stringify(other), marks)).toEqual([]);
  });

  it("audits every export, and a partner of an archived couple can still download their own data", async () => {
    const before = await test.db.select().from(auditEvents).where(and(eq(auditEvents.action, "export"), eq(auditEvents.coupleId, world.own.couple.id)));
    await callerAs(test.db, world.admin).practice.setCoupleArchived({ coupleId: world.own.couple.id, archived: true });
    const archived = await A().account.exportMyData();
    expect(leaksIn(JSON.stringify(archived), marks)).toContain("aPrivate");
    await counselor().couple.export({ coupleId: world.own.couple.id });
    const after = await test.db.select().from(auditEvents).where(and(eq(auditEvents.action, "export"), eq(auditEvents.coupleId, world.own.couple.id)));
    expect(after.length - before.length).toBe(2);
    expect(after.map((row) => `${row.actorId}:${row.entityType}`)).toEqual(
      expect.arrayContaining([`${world.own.partners[0].id}:partner_data`, `${world.counselor.id}:couple`]),
    );
    // Earlier in this file: B, A and the counselor exported once each.
    expect(before).toHaveLength(3);
  });
});
