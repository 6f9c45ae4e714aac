import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { disclosures, responseRevisions, responses, tasks } from "@/db/schema";
import { callerAs } from "../../support/callers";
import { useTestDatabase } from "../../support/database";
import { todayIn } from "@/db/schema/_shared/calendar";
import { ZTemplateDefinition } from "@/db/schema/exercises/definition";
import { createAssignment, createTask, createTemplateVersion, createWorld } from "../../support/factories";
import { createEveryClassOccurrence } from "../../support/task-fixtures";

type World = Awaited<ReturnType<typeof createWorld>>;

const codeOf = (promise: Promise<unknown>) =>
  promise.then(
    () => "OK",
    (error: { code?: string }) => error.code,
  );

describe("task procedures", () => {
  const test = useTestDatabase();
  let world: World;
  beforeAll(async () => {
    world = await createWorld(test.db);
  });
  const occurrence = () => createEveryClassOccurrence(test.db, { counselor: world.counselor, coupleId: world.own.couple.id, partners: world.own.partners });
  const hp = () => callerAs(test.db, world.own.partners[0]);
  const ip = () => callerAs(test.db, world.own.partners[1]);

  it("opens a partner's own task with only their own questions, and nothing of it to anyone else", async () => {
    const { hpTask } = await occurrence();
    const page = await hp().task.get({ taskId: hpTask.id });
    const keys = page.form.sections.flatMap((section) => section.fields.map((field) => field.key));
    expect(keys).toContain("hp_trust");
    expect(keys).not.toContain("ip_trust");
    expect(page.response).toBeNull();
    for (const outsider of [world.own.partners[1], world.other.partners[0]]) {
      expect(await codeOf(callerAs(test.db, outsider).task.get({ taskId: hpTask.id }))).toBe("NOT_FOUND");
      expect(await codeOf(callerAs(test.db, outsider).task.saveDraft({ taskId: hpTask.id, baseVersion: 0, answers: {} }))).toBe("NOT_FOUND");
    }
    for (const staff of [world.counselor, world.otherCounselor, world.admin]) {
      expect(await codeOf(callerAs(test.db, staff).task.get({ taskId: hpTask.id }))).toBe("FORBIDDEN");
    }
    expect(await codeOf(callerAs(test.db, null).task.get({ taskId: hpTask.id }))).toBe("UNAUTHORIZED");
  });

  it("saves drafts over the version it saw and tells a stale tab instead of overwriting", async () => {
    const { hpTask } = await occurrence();
    const first = await hp().task.saveDraft({ taskId: hpTask.id, baseVersion: 0, answers: { private_note: "first words" } });
    expect(first.version).toBe(1);
    const second = await hp().task.saveDraft({ taskId: hpTask.id, baseVersion: 1, answers: { private_note: "first words, more" } });
    expect(second.version).toBe(2);
    // A second tab still on version 1 (or one that never loaded the draft) is refused.
    expect(await codeOf(hp().task.saveDraft({ taskId: hpTask.id, baseVersion: 1, answers: { private_note: "stale" } }))).toBe("CONFLICT");
    expect(await codeOf(hp().task.saveDraft({ taskId: hpTask.id, baseVersion: 0, answers: { private_note: "stale" } }))).toBe("CONFLICT");
    const page = await hp().task.get({ taskId: hpTask.id });
    expect(page.response).toMatchObject({ state: "draft", version: 2, answers: { private_note: "first words, more" } });
    expect(page.task.status).toBe("in_progress");
  });

  it("refuses bad draft values with the field's own message and saves nothing", async () => {
    const { hpTask } = await occurrence();
    await expect(hp().task.saveDraft({ taskId: hpTask.id, baseVersion: 0, answers: { hp_trust: 11 } })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await expect(hp().task.saveDraft({ taskId: hpTask.id, baseVersion: 0, answers: { ip_trust: 3 } })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    expect(await test.db.select().from(responses).where(eq(responses.taskId, hpTask.id))).toHaveLength(0);
  });

  it("submits once however many times the same submit arrives, even concurrently", async () => {
    const { hpTask } = await occurrence();
    await hp().task.saveDraft({ taskId: hpTask.id, baseVersion: 0, answers: { required_note: "done" } });
    const submitKey = randomUUID();
    const input = { taskId: hpTask.id, baseVersion: 1, answers: { required_note: "done", hp_trust: 6 }, submitKey };
    const results = await Promise.all([hp().task.submit(input), hp().task.submit(input), hp().task.submit(input)]);
    expect(new Set(results.map((result) => JSON.stringify(result))).size).toBe(1);
    const stored = await test.db.select().from(responses).where(eq(responses.taskId, hpTask.id));
    expect(stored).toHaveLength(1);
    expect(await test.db.select().from(responseRevisions).where(eq(responseRevisions.responseId, stored[0]!.id))).toHaveLength(1);
    const [task] = await test.db.select().from(tasks).where(eq(tasks.id, hpTask.id));
    expect(task).toMatchObject({ status: "submitted", isLate: false });
    // Another key after submission is a conflict, and submitted work can't be saved over as a draft.
    expect(await codeOf(hp().task.submit({ ...input, submitKey: randomUUID() }))).toBe("CONFLICT");
    expect(await codeOf(hp().task.saveDraft({ taskId: hpTask.id, baseVersion: 2, answers: {} }))).toBe("CONFLICT");
  });

  it("requires required answers on submit but not in drafts", async () => {
    const { hpTask } = await occurrence();
    await expect(hp().task.submit({ taskId: hpTask.id, baseVersion: 0, answers: {}, submitKey: randomUUID() })).rejects.toMatchObject({
      code: "BAD_REQUEST",
      cause: { fieldErrors: { required_note: [expect.any(String)] } },
    });
  });

  it("marks a submission after the due time late, closes after the grace window, and lets a partner skip", async () => {
    const yesterday = new Date(Date.now() - 3 * 24 * 3600 * 1000).toISOString().slice(0, 10);
    const late = await createEveryClassOccurrence(test.db, {
      counselor: world.counselor,
      coupleId: world.own.couple.id,
      partners: world.own.partners,
      dueOn: yesterday,
      graceUntil: new Date(Date.now() + 3600 * 1000),
    });
    const result = await hp().task.submit({ taskId: late.hpTask.id, baseVersion: 0, answers: { required_note: "late" }, submitKey: randomUUID() });
    expect(result.isLate).toBe(true);
    expect((await hp().task.get({ taskId: late.hpTask.id })).task).toMatchObject({ status: "submitted", isLate: true });

    await ip().task.skip({ taskId: late.ipTask.id, reason: "too_upsetting" });
    const [skipped] = await test.db.select().from(tasks).where(eq(tasks.id, late.ipTask.id));
    expect(skipped).toMatchObject({ status: "skipped", skipReason: "too_upsetting" });
    expect(await codeOf(ip().task.submit({ taskId: late.ipTask.id, baseVersion: 0, answers: { required_note: "x" }, submitKey: randomUUID() }))).toBe("BAD_REQUEST");

    const missed = await createEveryClassOccurrence(test.db, {
      counselor: world.counselor,
      coupleId: world.own.couple.id,
      partners: world.own.partners,
      dueOn: yesterday,
      graceUntil: new Date(Date.now() - 1000),
    });
    await hp().task.saveDraft({ taskId: missed.hpTask.id, baseVersion: 0, answers: { private_note: "kept after closing" } });
    const page = await hp().task.get({ taskId: missed.hpTask.id });
    expect(page.task.status).toBe("missed");
    expect(page.response?.answers).toEqual({ private_note: "kept after closing" });
    expect(await codeOf(hp().task.submit({ taskId: missed.hpTask.id, baseVersion: 1, answers: { required_note: "x" }, submitKey: randomUUID() }))).toBe("BAD_REQUEST");
    expect(await codeOf(hp().task.skip({ taskId: missed.hpTask.id }))).toBe("BAD_REQUEST");
  });

  it("keeps every amendment as a revision and leaves shared consent at the revision it covered", async () => {
    const { hpTask, ipTask } = await occurrence();
    const first = await hp().task.submit({ taskId: hpTask.id, baseVersion: 0, answers: { required_note: "v1", private_note: "secret v1" }, submitKey: randomUUID() });
    await hp().task.share({ taskId: hpTask.id, fieldKey: "private_note", confirm: true });
    const amended = await hp().task.amend({ taskId: hpTask.id, baseVersion: first.version, answers: { required_note: "v2", private_note: "secret v2" } });
    expect(amended.version).toBe(first.version + 1);
    expect(await codeOf(hp().task.amend({ taskId: hpTask.id, baseVersion: first.version, answers: { required_note: "stale" } }))).toBe("CONFLICT");
    const response = (await test.db.select().from(responses).where(eq(responses.taskId, hpTask.id)))[0]!;
    expect(await test.db.select().from(responseRevisions).where(eq(responseRevisions.responseId, response.id))).toHaveLength(2);
    const shared = (await ip().task.get({ taskId: ipTask.id })).fromPartner;
    expect(shared.find((answer) => answer.field.key === "private_note")?.value).toBe("secret v1");
    expect(shared.find((answer) => answer.field.key === "required_note")?.value).toBe("v2");
  });

  describe("sharing and release", () => {
    it("lets only the author share a private answer, never a safety one, and records the consent", async () => {
      const { hpTask, ipTask } = await occurrence();
      const submitted = await hp().task.submit({
        taskId: hpTask.id,
        baseVersion: 0,
        answers: { required_note: "r", private_note: "PRIVATE", safety_note: "SAFETY", letter: "LETTER" },
        submitKey: randomUUID(),
      });
      const before = JSON.stringify(await ip().task.get({ taskId: ipTask.id }));
      for (const marker of ["PRIVATE", "SAFETY", "LETTER"]) expect(before).not.toContain(marker);

      expect(await codeOf(hp().task.share({ taskId: hpTask.id, fieldKey: "safety_note", confirm: true }))).toBe("BAD_REQUEST");
      expect(await codeOf(hp().task.share({ taskId: hpTask.id, fieldKey: "letter", confirm: true }))).toBe("BAD_REQUEST");
      expect(await codeOf(ip().task.share({ taskId: hpTask.id, fieldKey: "private_note", confirm: true }))).toBe("NOT_FOUND");
      await hp().task.share({ taskId: hpTask.id, fieldKey: "private_note", confirm: true });
      const [consent] = await test.db.select().from(disclosures).where(eq(disclosures.responseId, submitted.responseId));
      expect(consent).toMatchObject({ kind: "author_share", actorId: world.own.partners[0].id, responseVersion: submitted.version });
      const after = JSON.stringify(await ip().task.get({ taskId: ipTask.id }));
      expect(after).toContain("PRIVATE");
      expect(after).not.toContain("SAFETY");

      await hp().task.stopSharing({ taskId: hpTask.id, fieldKey: "private_note" });
      expect(JSON.stringify(await ip().task.get({ taskId: ipTask.id }))).not.toContain("PRIVATE");
    });

    it("lets the counselor release a release-gated answer unless the author held it back, and never a private or safety one", async () => {
      const { hpTask, ipTask } = await occurrence();
      const { responseId } = await hp().task.submit({
        taskId: hpTask.id,
        baseVersion: 0,
        answers: { required_note: "r", private_note: "PRIVATE2", safety_note: "SAFETY2", letter: "LETTER2" },
        submitKey: randomUUID(),
      });
      const counselor = callerAs(test.db, world.counselor);
      expect(await codeOf(counselor.review.release({ responseId, fieldKey: "private_note" }))).toBe("BAD_REQUEST");
      expect(await codeOf(counselor.review.release({ responseId, fieldKey: "safety_note" }))).toBe("BAD_REQUEST");
      expect(await codeOf(callerAs(test.db, world.otherCounselor).review.release({ responseId, fieldKey: "letter" }))).toBe("NOT_FOUND");
      expect(await codeOf(callerAs(test.db, world.foreignCounselor).review.release({ responseId, fieldKey: "letter" }))).toBe("NOT_FOUND");

      await hp().task.setReleaseOffer({ taskId: hpTask.id, fieldKey: "letter", offered: false });
      expect(await codeOf(counselor.review.release({ responseId, fieldKey: "letter" }))).toBe("BAD_REQUEST");
      await hp().task.setReleaseOffer({ taskId: hpTask.id, fieldKey: "letter", offered: true });
      await counselor.review.release({ responseId, fieldKey: "letter" });
      expect(JSON.stringify(await ip().task.get({ taskId: ipTask.id }))).toContain("LETTER2");
      // Once released, the author can no longer hold it back.
      expect(await codeOf(hp().task.setReleaseOffer({ taskId: hpTask.id, fieldKey: "letter", offered: false }))).toBe("BAD_REQUEST");
    });

    it("lets the counselor ask for a private answer and only the author answer", async () => {
      const { hpTask, ipTask } = await occurrence();
      const { responseId } = await hp().task.submit({
        taskId: hpTask.id,
        baseVersion: 0,
        answers: { required_note: "r", private_note: "ASKED", safety_note: "S" },
        submitKey: randomUUID(),
      });
      const counselor = callerAs(test.db, world.counselor);
      expect(await codeOf(counselor.review.requestShare({ responseId, fieldKey: "safety_note" }))).toBe("BAD_REQUEST");
      await counselor.review.requestShare({ responseId, fieldKey: "private_note" });
      const page = await hp().task.get({ taskId: hpTask.id });
      const sharing = page.sharing.private_note;
      expect(sharing?.state).toBe("private");
      const requestId = sharing && "requestId" in sharing ? sharing.requestId! : "";
      expect(await codeOf(ip().task.answerShareRequest({ requestId, accept: true, confirm: true }))).toBe("NOT_FOUND");
      expect(JSON.stringify(await ip().task.get({ taskId: ipTask.id }))).not.toContain("ASKED");
      await hp().task.answerShareRequest({ requestId, accept: true, confirm: true });
      expect(JSON.stringify(await ip().task.get({ taskId: ipTask.id }))).toContain("ASKED");
    });

    it("reveals a paired answer only after the other partner submits their own, and hides even its existence before", async () => {
      const { hpTask, ipTask } = await occurrence();
      await hp().task.submit({ taskId: hpTask.id, baseVersion: 0, answers: { required_note: "r", hp_trust: 3 }, submitKey: randomUUID() });
      const before = await ip().task.get({ taskId: ipTask.id });
      expect(before.fromPartner.map((answer) => answer.field.key)).toEqual(["required_note"]);
      expect(JSON.stringify(await ip().today.get())).not.toContain("hp_trust");
      await ip().task.submit({ taskId: ipTask.id, baseVersion: 0, answers: { required_note: "r", ip_trust: 7 }, submitKey: randomUUID() });
      const after = await ip().task.get({ taskId: ipTask.id });
      expect(after.fromPartner.find((answer) => answer.field.key === "hp_trust")?.value).toBe(3);
      expect((await hp().task.get({ taskId: hpTask.id })).fromPartner.find((answer) => answer.field.key === "ip_trust")?.value).toBe(7);
    });
  });

  it("shows the counselor both partners' submitted answers with their visibility, never drafts, and audits the read", async () => {
    const { hpTask, ipTask } = await occurrence();
    await hp().task.submit({ taskId: hpTask.id, baseVersion: 0, answers: { required_note: "r", safety_note: "S-COUNSELOR" }, submitKey: randomUUID() });
    await ip().task.saveDraft({ taskId: ipTask.id, baseVersion: 0, answers: { private_note: "IP-DRAFT" } });
    const review = await callerAs(test.db, world.counselor).review.occurrence({ taskId: ipTask.id });
    const text = JSON.stringify(review);
    expect(text).toContain("S-COUNSELOR");
    expect(text).not.toContain("IP-DRAFT");
    expect(review.parts.map((part) => part.task?.status)).toEqual(["submitted", "in_progress"]);
    expect(review.parts[0]?.response?.questions.find((question) => question.field.key === "safety_note")?.visibility).toBe("safety");
    for (const outsider of [world.otherCounselor, world.foreignCounselor]) {
      expect(await codeOf(callerAs(test.db, outsider).review.occurrence({ taskId: ipTask.id }))).toBe("NOT_FOUND");
    }
    for (const partner of [...world.own.partners, world.other.partners[0]]) {
      expect(await codeOf(callerAs(test.db, partner).review.occurrence({ taskId: ipTask.id }))).toBe("FORBIDDEN");
    }
  });
});

describe("the counselor's homework page", () => {
  const test = useTestDatabase();
  it("shows each day with each partner's status and how many parts were submitted", async () => {
    const world = await createWorld(test.db);
    const { hpTask, assignment } = await createEveryClassOccurrence(test.db, { counselor: world.counselor, coupleId: world.own.couple.id, partners: world.own.partners });
    await callerAs(test.db, world.own.partners[0]).task.submit({ taskId: hpTask.id, baseVersion: 0, answers: { required_note: "x" }, submitKey: randomUUID() });
    await callerAs(test.db, world.own.partners[1]).task.skip({ taskId: (await test.db.select().from(tasks).where(eq(tasks.assignmentId, assignment.id))).find((task) => task.id !== hpTask.id)!.id, reason: "no_time" });
    const page = await callerAs(test.db, world.counselor).review.assignment({ assignmentId: assignment.id });
    const parts = page.occurrences[0]!.parts;
    expect(parts.find((part) => part.id === hpTask.id)).toMatchObject({ status: "submitted", submittedParts: 1 });
    expect(parts.find((part) => part.id !== hpTask.id)).toMatchObject({ status: "skipped", skipReason: "no_time", submittedParts: 0 });
    expect(await codeOf(callerAs(test.db, world.otherCounselor).review.assignment({ assignmentId: assignment.id }))).toBe("NOT_FOUND");
    expect(await codeOf(callerAs(test.db, world.own.partners[0]).review.assignment({ assignmentId: assignment.id }))).toBe("FORBIDDEN");
  });
});

describe("joint tasks", () => {
  const test = useTestDatabase();
  it("keep one record both partners contribute to, with each partner's status their own", async () => {
    const world = await createWorld(test.db);
    const [hp, ip] = world.own.partners;
    const version = await createTemplateVersion(
      test.db,
      ZTemplateDefinition.parse({
        title: "Together plan",
        summary: "Plan together.",
        phase: "p3",
        audience: "together",
        sections: [{ key: "plan", title: "Plan", fields: [{ key: "idea", type: "short_text", label: "Idea", visibility: "shared", required: true }] }],
      }),
    );
    const dueOn = todayIn("America/Chicago");
    const assignment = await createAssignment(test.db, { coupleId: world.own.couple.id, assignedById: world.counselor.id, templateVersionId: version.id, audience: "together", schedule: { kind: "once", dueOn }, startsOn: dueOn });
    const joint = await createTask(test.db, { assignmentId: assignment.id, coupleId: world.own.couple.id, assigneeId: null, dueOn });

    await callerAs(test.db, ip).task.saveDraft({ taskId: joint.id, baseVersion: 0, answers: { idea: "IP-DRAFT-IDEA" } });
    const hpBefore = await callerAs(test.db, hp).task.get({ taskId: joint.id });
    // The other partner's draft is not progress the viewer can see.
    expect(hpBefore.task.status).toBe("not_started");
    expect(JSON.stringify(hpBefore)).not.toContain("IP-DRAFT-IDEA");

    await callerAs(test.db, hp).task.submit({ taskId: joint.id, baseVersion: 0, answers: { idea: "walk on Sundays" }, submitKey: randomUUID() });
    expect((await test.db.select().from(tasks).where(eq(tasks.id, joint.id)))[0]?.status).toBe("in_progress");
    expect(await codeOf(callerAs(test.db, hp).task.skip({ taskId: joint.id }))).toBe("BAD_REQUEST");

    await callerAs(test.db, ip).task.submit({ taskId: joint.id, baseVersion: 1, answers: { idea: "cook together" }, submitKey: randomUUID() });
    expect((await test.db.select().from(tasks).where(eq(tasks.id, joint.id)))[0]?.status).toBe("submitted");
    const hpAfter = await callerAs(test.db, hp).task.get({ taskId: joint.id });
    expect(hpAfter.fromPartner.map((answer) => answer.value)).toEqual(["cook together"]);
    expect((await callerAs(test.db, ip).task.get({ taskId: joint.id })).fromPartner.map((answer) => answer.value)).toEqual(["walk on Sundays"]);
    expect(await codeOf(callerAs(test.db, world.other.partners[0]).task.get({ taskId: joint.id }))).toBe("NOT_FOUND");
  });
});
