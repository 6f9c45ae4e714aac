import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { couples, notifications, responses, shareRequests } from "@/db/schema";
import { todayIn } from "@/db/schema/_shared/calendar";
import { ZTemplateDefinition } from "@/db/schema/exercises/definition";
import { callerAs } from "../../support/callers";
import { everyClassTextDefinition } from "../../support/canary";
import { useTestDatabase } from "../../support/database";
import { createAssignment, createCouple, createTask, createTemplateVersion, createWorld, type TestUser } from "../../support/factories";
import { createEveryClassOccurrence } from "../../support/task-fixtures";

type World = Awaited<ReturnType<typeof createWorld>>;

const codeOf = (promise: Promise<unknown>) =>
  promise.then(
    () => "OK",
    (error: { code?: string }) => error.code,
  );

const flagged = ZTemplateDefinition.parse({
  title: "Evening check-in",
  phase: "p1",
  audience: "each",
  sections: [
    {
      key: "today",
      title: "Today",
      fields: [
        { key: "mood", type: "scale_0_10", label: "Mood", required: true, visibility: "shared" },
        { key: "unsafe", type: "yes_no", label: "I felt unsafe at home today", visibility: "safety" },
      ],
    },
  ],
  flags: [{ key: "unsafe", label: "Felt unsafe at home", field: "unsafe", when: { equals: true }, severity: "high" }],
});

describe("in-app notifications", () => {
  const test = useTestDatabase();
  let world: World;
  beforeAll(async () => {
    world = await createWorld(test.db);
  });

  /** A couple of the world's counselor of its own, so each test starts with empty lists. */
  const freshCouple = () => createCouple(test.db, { counselor: world.counselor });
  const list = async (user: TestUser) => (await callerAs(test.db, user).notification.list()).items;
  const unread = async (user: TestUser) => (await callerAs(test.db, user).notification.unreadCount()).unread;
  const rowsOf = (user: TestUser) => test.db.select().from(notifications).where(eq(notifications.userId, user.id));

  it("assigning homework tells exactly the partners who got it, and nobody else", async () => {
    const { couple, partners } = await freshCouple();
    const [hp, ip] = partners;
    const counselor = callerAs(test.db, world.counselor);
    const { templateId } = await counselor.library.create({ definition: everyClassTextDefinition(`Assigned ${randomUUID()}`) });
    const today = todayIn(couple.timeZone);
    const base = { coupleId: couple.id, templateId, startsOn: today, schedule: { kind: "once" as const, dueOn: today } };

    await counselor.assignment.create({ ...base, audience: "hp" });
    expect(await list(hp)).toEqual([expect.objectContaining({ kind: "task_assigned", text: "Your counselor assigned new homework", href: "/today", count: 1, readAt: null })]);
    expect(await list(ip)).toEqual([]);
    expect(await unread(hp)).toBe(1);
    expect(await unread(ip)).toBe(0);

    await counselor.assignment.create({ ...base, audience: "each" });
    expect(await unread(hp)).toBe(2);
    expect(await unread(ip)).toBe(1);
    // Staff hear nothing of their own assigning; the other couple's partners nothing at all.
    expect((await rowsOf(world.counselor)).filter((row) => row.coupleId === couple.id)).toEqual([]);
    expect(await list(world.other.partners[0])).toEqual([]);
  });

  it("a partner's submission tells the couple's counselor, counted per couple, and never the other partner", async () => {
    const { couple, partners } = await freshCouple();
    const [hp, ip] = partners;
    const { hpTask, ipTask } = await createEveryClassOccurrence(test.db, { counselor: world.counselor, coupleId: couple.id, partners });
    await callerAs(test.db, ip).task.saveDraft({ taskId: ipTask.id, baseVersion: 0, answers: { private_note: "draft" } });
    await callerAs(test.db, hp).task.submit({ taskId: hpTask.id, baseVersion: 0, answers: { required_note: "done", private_note: "mine" }, submitKey: randomUUID() });

    const mine = (await list(world.counselor)).filter((item) => item.href?.includes(couple.id));
    expect(mine).toEqual([
      expect.objectContaining({ kind: "partner_submitted", count: 1, text: `A partner submitted homework for ${couple.displayName}`, href: `/couples/${couple.id}/answers/${hpTask.id}` }),
    ]);
    // The other partner learns nothing of the submission (nor the author of the other's draft).
    expect(await list(ip)).toEqual([]);
    expect(await list(hp)).toEqual([]);
    expect((await rowsOf(world.otherCounselor)).length).toBe(0);

    // A second submission grows the same unread row instead of adding one.
    await callerAs(test.db, ip).task.submit({ taskId: ipTask.id, baseVersion: 1, answers: { required_note: "done" }, submitKey: randomUUID() });
    const grown = (await rowsOf(world.counselor)).filter((row) => row.coupleId === couple.id);
    expect(grown).toHaveLength(1);
    expect((await list(world.counselor)).find((item) => item.id === grown[0]!.id)).toMatchObject({
      count: 2,
      text: `2 homework submissions for ${couple.displayName}`,
      href: `/couples/${couple.id}`,
    });
    // Once read, the next submission starts a new one.
    await callerAs(test.db, world.counselor).notification.markRead({ notificationId: grown[0]!.id });
    const { hpTask: next } = await createEveryClassOccurrence(test.db, { counselor: world.counselor, coupleId: couple.id, partners, dueOn: "2026-01-05", graceUntil: new Date(Date.now() + 86_400_000) });
    await callerAs(test.db, hp).task.submit({ taskId: next.id, baseVersion: 0, answers: { required_note: "again" }, submitKey: randomUUID() });
    expect((await rowsOf(world.counselor)).filter((row) => row.coupleId === couple.id).map((row) => [row.count, row.readAt === null]).sort()).toEqual([
      [1, true],
      [2, false],
    ]);
  });

  it("two submissions at the same moment grow one unread row", async () => {
    const { couple, partners } = await freshCouple();
    const [hp, ip] = partners;
    const { hpTask, ipTask } = await createEveryClassOccurrence(test.db, { counselor: world.counselor, coupleId: couple.id, partners });
    await Promise.all([
      callerAs(test.db, hp).task.submit({ taskId: hpTask.id, baseVersion: 0, answers: { required_note: "a" }, submitKey: randomUUID() }),
      callerAs(test.db, ip).task.submit({ taskId: ipTask.id, baseVersion: 0, answers: { required_note: "b" }, submitKey: randomUUID() }),
    ]);
    expect((await rowsOf(world.counselor)).filter((row) => row.coupleId === couple.id).map((row) => [row.kind, row.count])).toEqual([["partner_submitted", 2]]);
  });

  it("sharing a newer revision replaces the unread notification instead of adding one; accepting a request notifies too", async () => {
    const { couple, partners } = await freshCouple();
    const [hp, ip] = partners;
    const { hpTask } = await createEveryClassOccurrence(test.db, { counselor: world.counselor, coupleId: couple.id, partners });
    const submitted = await callerAs(test.db, hp).task.submit({ taskId: hpTask.id, baseVersion: 0, answers: { required_note: "done", private_note: "first" }, submitKey: randomUUID() });
    await callerAs(test.db, hp).task.share({ taskId: hpTask.id, fieldKey: "private_note", confirm: true });
    await callerAs(test.db, hp).task.amend({ taskId: hpTask.id, baseVersion: submitted.version, answers: { required_note: "done", private_note: "second" } });
    await callerAs(test.db, hp).task.share({ taskId: hpTask.id, fieldKey: "private_note", confirm: true });
    const shared = await list(ip);
    expect(shared.map((item) => item.kind)).toEqual(["partner_shared"]);
    expect(shared[0]!.href).not.toBeNull();

    // A counselor's request, accepted by the author, shares: the other partner hears of it like any share.
    const [response] = await test.db.select({ id: responses.id }).from(responses).where(eq(responses.taskId, hpTask.id));
    await callerAs(test.db, hp).task.stopSharing({ taskId: hpTask.id, fieldKey: "private_note" });
    expect(await list(ip)).toEqual([]);
    await callerAs(test.db, world.counselor).review.requestShare({ responseId: response!.id, fieldKey: "private_note" });
    const request = (await list(hp)).find((item) => item.kind === "share_requested")!;
    expect(request.href).toBe(`/tasks/${hpTask.id}`);
    const [open] = await test.db.select().from(shareRequests).where(eq(shareRequests.responseId, response!.id));
    await callerAs(test.db, hp).task.answerShareRequest({ requestId: open!.id, accept: true, confirm: true });
    expect((await list(ip)).map((item) => item.kind)).toEqual(["partner_shared"]);
  });

  it("safety flags reach the counselor as a count only, growing while unread, and never a partner", async () => {
    const { couple, partners } = await freshCouple();
    const [hp, ip] = partners;
    const today = todayIn(couple.timeZone);
    const version = await createTemplateVersion(test.db, flagged);
    const assignment = await createAssignment(test.db, { coupleId: couple.id, assignedById: world.counselor.id, templateVersionId: version.id, startsOn: today, schedule: { kind: "once", dueOn: today } });
    const hpTask = await createTask(test.db, { assignmentId: assignment.id, coupleId: couple.id, assigneeId: hp.id, dueOn: today });
    const ipTask = await createTask(test.db, { assignmentId: assignment.id, coupleId: couple.id, assigneeId: ip.id, dueOn: today });

    await callerAs(test.db, hp).task.submit({ taskId: hpTask.id, baseVersion: 0, answers: { mood: 2, unsafe: true }, submitKey: randomUUID() });
    const flagRows = () => test.db.select().from(notifications).where(eq(notifications.coupleId, couple.id)).then((rows) => rows.filter((row) => row.kind === "safety_flags"));
    expect(await flagRows()).toMatchObject([{ userId: world.counselor.id, count: 1, readAt: null }]);
    const first = (await list(world.counselor)).find((item) => item.kind === "safety_flags" && item.href === `/couples/${couple.id}/prep`);
    expect(first).toMatchObject({ count: 1, text: `1 new safety flag for ${couple.displayName}` });

    await callerAs(test.db, ip).task.submit({ taskId: ipTask.id, baseVersion: 0, answers: { mood: 3, unsafe: true }, submitKey: randomUUID() });
    expect(await flagRows()).toMatchObject([{ userId: world.counselor.id, count: 2 }]);
    const second = (await list(world.counselor)).find((item) => item.id === first!.id)!;
    expect(second.text).toBe(`2 new safety flags for ${couple.displayName}`);
    // Nothing says who, or what: the words are the count and the couple's name.
    expect(second.text).not.toMatch(/unsafe|partner|hurt|involved/i);
    // Neither partner hears anything of either flag or of the other's submission.
    expect(await list(hp)).toEqual([]);
    expect(await list(ip)).toEqual([]);
  });

  it("a share tells the other partner where to read it; stopping withdraws an unread one and unlinks a read one", async () => {
    const { couple, partners } = await freshCouple();
    const [hp, ip] = partners;
    const { hpTask, ipTask } = await createEveryClassOccurrence(test.db, { counselor: world.counselor, coupleId: couple.id, partners });
    await callerAs(test.db, hp).task.submit({ taskId: hpTask.id, baseVersion: 0, answers: { required_note: "done", private_note: "for you too" }, submitKey: randomUUID() });
    expect(await list(ip)).toEqual([]);

    await callerAs(test.db, hp).task.share({ taskId: hpTask.id, fieldKey: "private_note", confirm: true });
    expect(await list(ip)).toEqual([expect.objectContaining({ kind: "partner_shared", text: "Your partner shared something with you", href: `/tasks/${ipTask.id}` })]);
    expect(await list(hp)).toEqual([]);

    await callerAs(test.db, hp).task.stopSharing({ taskId: hpTask.id, fieldKey: "private_note" });
    expect(await list(ip)).toEqual([]);
    expect(await unread(ip)).toBe(0);

    await callerAs(test.db, hp).task.share({ taskId: hpTask.id, fieldKey: "private_note", confirm: true });
    const [again] = await list(ip);
    await callerAs(test.db, ip).notification.markRead({ notificationId: again!.id });
    await callerAs(test.db, hp).task.stopSharing({ taskId: hpTask.id, fieldKey: "private_note" });
    expect(await list(ip)).toEqual([expect.objectContaining({ id: again!.id, kind: "partner_shared", href: null })]);
  });

  it("a release tells the other partner; a share request tells only the author, once", async () => {
    const { couple, partners } = await freshCouple();
    const [hp, ip] = partners;
    const { hpTask, ipTask } = await createEveryClassOccurrence(test.db, { counselor: world.counselor, coupleId: couple.id, partners });
    await callerAs(test.db, hp).task.submit({ taskId: hpTask.id, baseVersion: 0, answers: { required_note: "done", private_note: "mine", letter: "a letter" }, submitKey: randomUUID() });
    const [response] = await test.db.select({ id: responses.id }).from(responses).where(eq(responses.taskId, hpTask.id));
    const counselor = callerAs(test.db, world.counselor);

    await counselor.review.requestShare({ responseId: response!.id, fieldKey: "private_note" });
    await counselor.review.requestShare({ responseId: response!.id, fieldKey: "private_note" }).catch(() => undefined);
    expect(await list(hp)).toEqual([
      expect.objectContaining({ kind: "share_requested", text: "Your counselor asked whether you would share one of your answers", href: `/tasks/${hpTask.id}` }),
    ]);
    expect(await list(ip)).toEqual([]);

    await counselor.review.release({ responseId: response!.id, fieldKey: "letter" });
    expect(await list(ip)).toEqual([expect.objectContaining({ kind: "counselor_released", text: "Your counselor released something for you to read", href: `/tasks/${ipTask.id}` })]);
    expect((await list(hp)).map((item) => item.kind)).toEqual(["share_requested"]);
  });

  it("while an open concern pauses the exercise, a share's notification stays but leads nowhere", async () => {
    const { couple, partners } = await freshCouple();
    const [hp, ip] = partners;
    const today = todayIn(couple.timeZone);
    const version = await createTemplateVersion(
      test.db,
      ZTemplateDefinition.parse({
        title: "Questions (clearance needed)",
        phase: "p2",
        audience: "each",
        needsSafetyClearance: true,
        sections: [{ key: "s", title: "S", fields: [{ key: "private_note", type: "long_text", label: "For my counselor", visibility: "counselor_only" }] }],
      }),
    );
    const assignment = await createAssignment(test.db, { coupleId: couple.id, assignedById: world.counselor.id, templateVersionId: version.id, startsOn: today, schedule: { kind: "once", dueOn: today } });
    const hpTask = await createTask(test.db, { assignmentId: assignment.id, coupleId: couple.id, assigneeId: hp.id, dueOn: today });
    const ipTask = await createTask(test.db, { assignmentId: assignment.id, coupleId: couple.id, assigneeId: ip.id, dueOn: today });
    await callerAs(test.db, hp).task.submit({ taskId: hpTask.id, baseVersion: 0, answers: { private_note: "words" }, submitKey: randomUUID() });
    await callerAs(test.db, hp).task.share({ taskId: hpTask.id, fieldKey: "private_note", confirm: true });
    expect((await list(ip))[0]).toMatchObject({ kind: "partner_shared", href: `/tasks/${ipTask.id}` });

    const concern = await callerAs(test.db, world.counselor).concern.open({ coupleId: couple.id, kind: "violence" });
    expect((await list(ip))[0]).toMatchObject({ kind: "partner_shared", href: null });
    await callerAs(test.db, world.counselor).concern.close({ concernId: concern.id });
    expect((await list(ip))[0]).toMatchObject({ kind: "partner_shared", href: `/tasks/${ipTask.id}` });
  });

  it("an answer still held back by paired reveal is not announced to the other partner", async () => {
    const { couple, partners } = await freshCouple();
    const [hp, ip] = partners;
    const counselor = callerAs(test.db, world.counselor);
    // The detail question depends on a paired answer, so it waits for the reader's own, however it is made visible.
    const definition = {
      title: `Held ${randomUUID()}`,
      summary: "Fixture",
      phase: "p1" as const,
      audience: "each" as const,
      sections: [
        {
          key: "hp_part",
          title: "Hurt partner",
          for: "hp" as const,
          fields: [
            { key: "hp_talked", type: "yes_no" as const, label: "We talked", visibility: "shared" as const, pairKey: "talked", pairedReveal: true },
            { key: "hp_detail", type: "short_text" as const, label: "Detail", visibility: "counselor_only" as const, showWhen: { field: "hp_talked", equals: true } },
          ],
        },
        { key: "ip_part", title: "Involved partner", for: "ip" as const, fields: [{ key: "ip_talked", type: "yes_no" as const, label: "We talked", visibility: "shared" as const, pairKey: "talked", pairedReveal: true }] },
      ],
    };
    const created = await counselor.library.create({ definition });
    const today = todayIn(couple.timeZone);
    await counselor.assignment.create({ coupleId: couple.id, templateId: created.templateId, audience: "each", startsOn: today, schedule: { kind: "once", dueOn: today } });
    const taskOf = async (user: TestUser) => (await callerAs(test.db, user).today.get()).dueToday.find((item) => item.title === definition.title)!.id;
    const hpTask = await taskOf(hp);
    await callerAs(test.db, hp).task.submit({ taskId: hpTask, baseVersion: 0, answers: { hp_talked: true, hp_detail: "held" }, submitKey: randomUUID() });
    await callerAs(test.db, hp).task.share({ taskId: hpTask, fieldKey: "hp_detail", confirm: true });
    expect((await list(ip)).map((item) => item.kind)).toEqual(["task_assigned"]);
    // Positive control: the share itself stands, and the answer arrives once the reader gives their own.
    const ipTask = await taskOf(ip);
    await callerAs(test.db, ip).task.submit({ taskId: ipTask, baseVersion: 0, answers: { ip_talked: true }, submitKey: randomUUID() });
    expect((await callerAs(test.db, ip).task.get({ taskId: ipTask })).fromPartner.map((answer) => answer.field.key)).toContain("hp_detail");
  });

  describe("authorization: each person reads and marks only their own", () => {
    it("marking someone else's notification is NOT_FOUND and changes nothing; marking one's own works", async () => {
      const { couple, partners } = await freshCouple();
      const [hp, ip] = partners;
      const [row] = await test.db.insert(notifications).values({ userId: hp.id, kind: "task_assigned", coupleId: couple.id }).returning();
      for (const other of [ip, world.counselor, world.otherCounselor, world.foreignCounselor, world.other.partners[0]]) {
        expect(await codeOf(callerAs(test.db, other).notification.markRead({ notificationId: row!.id })), other.email).toBe("NOT_FOUND");
      }
      expect(await codeOf(callerAs(test.db, hp).notification.markRead({ notificationId: randomUUID() }))).toBe("NOT_FOUND");
      expect(await codeOf(callerAs(test.db, world.admin).notification.markRead({ notificationId: row!.id }))).toBe("FORBIDDEN");
      expect((await rowsOf(hp))[0]!.readAt).toBeNull();
      expect(await unread(hp)).toBe(1);
      // Nobody else's list shows it.
      for (const other of [ip, world.counselor, world.otherCounselor]) expect((await list(other)).map((item) => item.id)).not.toContain(row!.id);

      await callerAs(test.db, hp).notification.markRead({ notificationId: row!.id });
      expect(await unread(hp)).toBe(0);
      expect((await list(hp))[0]!.readAt).not.toBeNull();
    });

    it("mark all read touches only the caller's own", async () => {
      const { couple, partners } = await freshCouple();
      const [hp, ip] = partners;
      await test.db.insert(notifications).values([
        { userId: hp.id, kind: "task_assigned", coupleId: couple.id },
        { userId: hp.id, kind: "share_requested", coupleId: couple.id },
        { userId: ip.id, kind: "task_assigned", coupleId: couple.id },
      ]);
      expect(await callerAs(test.db, hp).notification.markAllRead()).toEqual({ marked: 2 });
      expect(await unread(hp)).toBe(0);
      expect(await unread(ip)).toBe(1);
    });

    it("anonymous callers are UNAUTHORIZED, admins and partners before consent FORBIDDEN", async () => {
      const anonymous = callerAs(test.db, null);
      expect(await codeOf(anonymous.notification.list())).toBe("UNAUTHORIZED");
      expect(await codeOf(anonymous.notification.unreadCount())).toBe("UNAUTHORIZED");
      expect(await codeOf(anonymous.notification.markAllRead())).toBe("UNAUTHORIZED");
      expect(await codeOf(anonymous.notification.markRead({ notificationId: randomUUID() }))).toBe("UNAUTHORIZED");
      expect(await codeOf(callerAs(test.db, world.admin).notification.list())).toBe("FORBIDDEN");
      expect(await codeOf(callerAs(test.db, world.admin).notification.unreadCount())).toBe("FORBIDDEN");
      const unconsented = await createCouple(test.db, { counselor: world.counselor, consented: false });
      expect(await codeOf(callerAs(test.db, unconsented.partners[0]).notification.list())).toBe("FORBIDDEN");
      expect(await codeOf(callerAs(test.db, unconsented.partners[0]).notification.unreadCount())).toBe("FORBIDDEN");
    });

    it("a couple that left the counselor's caseload loses its name and link; an archived one its link", async () => {
      const { couple } = await freshCouple();
      const [row] = await test.db.insert(notifications).values({ userId: world.counselor.id, kind: "safety_flags", coupleId: couple.id, count: 3 }).returning();
      const itemOf = async () => (await list(world.counselor)).find((item) => item.id === row!.id)!;
      expect(await itemOf()).toMatchObject({ text: `3 new safety flags for ${couple.displayName}`, href: `/couples/${couple.id}/prep` });

      await test.db.update(couples).set({ status: "archived", archivedAt: new Date() }).where(eq(couples.id, couple.id));
      expect(await itemOf()).toMatchObject({ text: `3 new safety flags for ${couple.displayName}`, href: null });

      await test.db.update(couples).set({ status: "active", archivedAt: null, counselorId: world.otherCounselor.id }).where(eq(couples.id, couple.id));
      const moved = await itemOf();
      expect(moved).toMatchObject({ text: "3 new safety flags for a couple no longer on your caseload", href: null });
      expect(moved.text).not.toContain(couple.displayName);
    });
  });
});
