import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { auditEvents, sessionNotes } from "@/db/schema";
import { addDays, todayIn } from "@/db/schema/_shared/calendar";
import { callerAs } from "../../support/callers";
import { useTestDatabase } from "../../support/database";
import { createWorld } from "../../support/factories";

describe("sessions, agendas and private notes", () => {
  const test = useTestDatabase();
  let world: Awaited<ReturnType<typeof createWorld>>;
  let today: string;
  const counselor = () => callerAs(test.db, world.counselor);

  beforeAll(async () => {
    world = await createWorld(test.db);
    today = todayIn(world.own.couple.timeZone);
  });

  it("schedules in the couple's zone, reschedules over the version seen, and a held session starts the prep window", async () => {
    const session = await counselor().session.schedule({ coupleId: world.own.couple.id, date: "2099-07-01", time: "14:30", durationMinutes: 50 });
    // 14:30 in Chicago in July is 19:30 UTC (daylight time).
    expect(session.scheduledAt).toBe("2099-07-01T19:30:00.000Z");
    const moved = await counselor().session.reschedule({ sessionId: session.id, date: "2099-12-01", time: "14:30", durationMinutes: 60, baseVersion: session.version });
    expect(moved).toMatchObject({ scheduledAt: "2099-12-01T20:30:00.000Z", durationMinutes: 60, version: session.version + 1 });
    await expect(
      counselor().session.reschedule({ sessionId: session.id, date: "2099-12-02", time: "09:00", durationMinutes: 50, baseVersion: session.version }),
    ).rejects.toMatchObject({ code: "CONFLICT" });

    // A session that hasn't started can't be marked held: that would move the prep window.
    await expect(counselor().session.setStatus({ sessionId: moved.id, status: "held", baseVersion: moved.version })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    const past = await counselor().session.schedule({ coupleId: world.own.couple.id, date: addDays(today, -2), time: "10:00", durationMinutes: 50 });
    expect((await counselor().prep.couple({ coupleId: world.own.couple.id })).sinceLabel).toBe("couple_start");
    await counselor().session.setStatus({ sessionId: past.id, status: "held", baseVersion: past.version });
    const prep = await counselor().prep.couple({ coupleId: world.own.couple.id });
    expect(prep).toMatchObject({ sinceLabel: "last_session", since: past.scheduledAt, lastSession: { id: past.id, status: "held" } });
  });

  it("saves the agenda with the session record and refuses a stale save", async () => {
    const session = await counselor().session.schedule({ coupleId: world.own.couple.id, date: addDays(today, 1), time: "09:00", durationMinutes: 50 });
    const saved = await counselor().session.saveAgenda({ sessionId: session.id, baseVersion: session.version, items: [{ text: "Homework review", done: false }] });
    await expect(counselor().session.saveAgenda({ sessionId: session.id, baseVersion: session.version, items: [] })).rejects.toMatchObject({ code: "CONFLICT" });
    const prep = await counselor().prep.couple({ coupleId: world.own.couple.id });
    expect(prep.upcoming?.id).toBe(session.id);
    expect(prep.agenda).toEqual({ items: [{ text: "Homework review", done: false }], version: saved.version });
  });

  it("autosaves the private note over its version, audits without its text, and reads it back only to its author", async () => {
    const prep = await counselor().prep.couple({ coupleId: world.own.couple.id });
    const sessionId = prep.upcoming!.id;
    const first = await counselor().session.saveNote({ sessionId, baseVersion: 0, body: "Noticed a shift in how they talk about trust." });
    // The last held session's note is reachable too, separately.
    await counselor().session.saveNote({ sessionId: prep.lastSession!.id, baseVersion: 0, body: "Written after the session." });
    const second = await counselor().session.saveNote({ sessionId, baseVersion: first.version, body: "Noticed a shift. Ask about Tuesday." });
    await expect(counselor().session.saveNote({ sessionId, baseVersion: first.version, body: "stale tab" })).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(counselor().session.saveNote({ sessionId, baseVersion: 0, body: "second first save" })).rejects.toMatchObject({ code: "CONFLICT" });
    const after = await counselor().prep.couple({ coupleId: world.own.couple.id });
    expect(after.note).toEqual({ body: "Noticed a shift. Ask about Tuesday.", version: second.version });
    expect(after.lastSessionNote).toEqual({ body: "Written after the session.", version: 1 });
    const audit = await test.db.select().from(auditEvents).where(eq(auditEvents.entityId, sessionId));
    expect(JSON.stringify(audit)).not.toContain("Tuesday");
    const [stored] = await test.db.select().from(sessionNotes).where(eq(sessionNotes.sessionId, sessionId));
    expect(stored!.authorId).toBe(world.counselor.id);
  });

  it("rejects bad input with field errors and changes nothing", async () => {
    await expect(counselor().session.schedule({ coupleId: world.own.couple.id, date: "2026-02-30", time: "25:00", durationMinutes: 5 })).rejects.toMatchObject({
      code: "BAD_REQUEST",
    });
    const prep = await counselor().prep.couple({ coupleId: world.own.couple.id });
    await expect(counselor().session.saveNote({ sessionId: prep.upcoming!.id, baseVersion: 0, body: "x".repeat(20_001) })).rejects.toMatchObject({ code: "BAD_REQUEST" });
  });

  it("answers NOT_FOUND to other counselors for every session procedure, FORBIDDEN to partners, UNAUTHORIZED to anonymous callers", async () => {
    const prep = await counselor().prep.couple({ coupleId: world.own.couple.id });
    const session = prep.upcoming!;
    // Each call starts only when awaited, so no refusal goes unobserved while another is checked.
    const calls = (caller: ReturnType<typeof callerAs>) => [
      () => caller.session.schedule({ coupleId: world.own.couple.id, date: today, time: "10:00", durationMinutes: 50 }),
      () => caller.session.reschedule({ sessionId: session.id, date: today, time: "10:00", durationMinutes: 50, baseVersion: session.version }),
      () => caller.session.setStatus({ sessionId: session.id, status: "cancelled", baseVersion: session.version }),
      () => caller.session.saveAgenda({ sessionId: session.id, baseVersion: session.version, items: [] }),
      () => caller.session.saveNote({ sessionId: session.id, baseVersion: 0, body: "not mine" }),
    ];
    for (const other of [world.otherCounselor, world.foreignCounselor]) {
      for (const call of calls(callerAs(test.db, other))) await expect(call()).rejects.toMatchObject({ code: "NOT_FOUND" });
    }
    for (const partner of [...world.own.partners, ...world.other.partners]) {
      for (const call of calls(callerAs(test.db, partner))) await expect(call()).rejects.toMatchObject({ code: "FORBIDDEN" });
    }
    for (const call of calls(callerAs(test.db, null))) await expect(call()).rejects.toMatchObject({ code: "UNAUTHORIZED" });
    // Nothing changed.
    const after = await counselor().prep.couple({ coupleId: world.own.couple.id });
    expect(after.upcoming).toEqual(session);
  });
});
