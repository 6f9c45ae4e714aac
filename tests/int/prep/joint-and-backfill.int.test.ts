import { randomUUID } from "node:crypto";
import { eq, inArray } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { responseFields, responseScores, responses } from "@/db/schema";
import { addDays, todayIn } from "@/db/schema/_shared/calendar";
import { ZTemplateDefinition } from "@/db/schema/exercises/definition";
import { backfillScores } from "@/server/services/tasks/backfill-scores";
import { callerAs } from "../../support/callers";
import { useTestDatabase } from "../../support/database";
import { createAssignment, createTemplateVersion, createWorld } from "../../support/factories";
import { buildCloseness, createDayTask } from "../../support/prep-fixtures";

const jointDefinition = ZTemplateDefinition.parse({
  title: "Joint meeting",
  phase: "p2",
  audience: "together",
  sections: [
    { key: "together", title: "Together", fields: [{ key: "topic", type: "short_text", label: "What we talked about", visibility: "shared" }] },
    { key: "hp_view", title: "My view", for: "hp", fields: [{ key: "hp_safe", type: "scale_0_10", label: "How safe the meeting felt", required: true, visibility: "shared" }] },
    { key: "ip_view", title: "My view", for: "ip", fields: [{ key: "ip_safe", type: "scale_0_10", label: "How safe I think it felt", required: true, visibility: "shared" }] },
  ],
  discrepancies: [{ key: "safe_gap", kind: "gap", label: "Meeting safety seen differently", hp: "hp_safe", ip: "ip_safe", atLeast: 3 }],
});

describe("joint exercises and stored scores", () => {
  const test = useTestDatabase();
  let world: Awaited<ReturnType<typeof createWorld>>;
  const timeZone = "America/Chicago";

  beforeAll(async () => {
    world = await createWorld(test.db);
  });

  it("credits each side of a joint exercise's discrepancy to the partner who wrote it", async () => {
    const [hp, ip] = world.own.partners;
    const today = todayIn(timeZone);
    const version = await createTemplateVersion(test.db, jointDefinition);
    const assignment = await createAssignment(test.db, {
      coupleId: world.own.couple.id,
      assignedById: world.counselor.id,
      templateVersionId: version.id,
      audience: "together",
      schedule: { kind: "once", dueOn: today },
      startsOn: today,
    });
    // A joint task has no assignee: both partners answer it.
    const task = await createDayTask(test.db, assignment.id, world.own.couple.id, null, today, timeZone);
    await callerAs(test.db, hp).task.submit({ taskId: task.id, baseVersion: 0, answers: { topic: "Weekends", hp_safe: 2 }, submitKey: randomUUID() });
    await callerAs(test.db, ip).task.submit({ taskId: task.id, baseVersion: 0, answers: { topic: "Weekends", ip_safe: 8 }, submitKey: randomUUID() });

    const prep = await callerAs(test.db, world.counselor).prep.couple({ coupleId: world.own.couple.id });
    const found = prep.discrepancies.find((item) => item.ruleKey === "safe_gap");
    expect(found).toMatchObject({ hp: { userId: hp.id, taskId: task.id }, ip: { userId: ip.id, taskId: task.id } });
    expect(found!.hp.answer).toMatch(/^2\b/);
    expect(found!.ip.answer).toMatch(/^8\b/);
  });

  it("scores earlier answers at start-up, page by page, passing over one that can't be scored", async () => {
    const couple = world.other;
    const [hp, ip] = couple.partners;
    await buildCloseness(test.db, {
      counselor: world.otherCounselor,
      coupleId: couple.couple.id,
      timeZone,
      today: todayIn(timeZone),
      hp,
      ip,
      fromDay: -3,
      plan: { hp: [4, 5, 6], ip: [7, 7, 6] },
    });
    const own = await test.db
      .select({ id: responses.id, authorId: responses.authorId, submittedAt: responses.submittedAt })
      .from(responses)
      .where(eq(responses.coupleId, couple.couple.id))
      .orderBy(responses.submittedAt, responses.id);
    const ids = own.map((row) => row.id);
    await test.db.delete(responseScores).where(inArray(responseScores.responseId, ids));
    // The hurt partner's first answer lost its scored item (an import, say): it can't be scored.
    const oldest = own.find((row) => row.authorId === hp.id)!;
    await test.db.delete(responseFields).where(eq(responseFields.responseId, oldest.id));

    await backfillScores(test.db, 1);
    const stored = await test.db.select().from(responseScores).where(inArray(responseScores.responseId, ids));
    expect(stored).toHaveLength(ids.length - 1);
    expect(stored.map((row) => row.responseId)).not.toContain(oldest.id);
    const prep = await callerAs(test.db, world.otherCounselor).prep.couple({ coupleId: couple.couple.id });
    const ipPoints = prep.charts[0]!.partners.find((partner) => partner.userId === ip.id)!.points;
    expect(ipPoints.map((point) => point.value)).toEqual([7, 7, 6]);
    expect(prep.charts[0]!.partners.find((partner) => partner.userId === hp.id)!.points.map((point) => point.value)).toEqual([5, 6]);
    expect(addDays(ipPoints[0]!.dueOn, 2)).toBe(ipPoints[2]!.dueOn);
  });
});
