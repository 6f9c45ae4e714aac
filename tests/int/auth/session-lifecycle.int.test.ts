import { eq } from "drizzle-orm";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { userSessions, users } from "@/db/schema";
import { ABSOLUTE_SESSION_SECONDS } from "@/server/auth/claims";
import { callerAs, callerWith } from "../../support/callers";
import { useTestDatabase } from "../../support/database";
import { createCouple, createPractice, createSession, createUser, type TestUser } from "../../support/factories";
import { createEveryClassOccurrence } from "../../support/task-fixtures";

const MINUTE = 60_000;
const codeOf = (promise: Promise<unknown>) =>
  promise.then(
    () => "OK",
    (error: { code?: string }) => error.code,
  );

/**
 * The idle and absolute limits (security.md S7, pitfall P5) with the clock moved by fake
 * timers: only Date is faked, so the database driver's own timers keep working.
 */
describe("session lifecycle", () => {
  const test = useTestDatabase();
  let start: number;

  beforeEach(() => {
    start = Date.now();
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(start);
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  const authTime = () => Math.floor(start / 1000);
  const background = (user: TestUser) => callerWith(test.db, user, { activity: "background", authTime: authTime() });
  const foreground = (user: TestUser) => callerWith(test.db, user, { activity: "user", authTime: authTime() });
  const endedReason = async (sessionId: string) =>
    (await test.db.select({ reason: userSessions.revokedReason }).from(userSessions).where(eq(userSessions.id, sessionId)))[0]?.reason;

  async function partnerWithTask() {
    const practice = await createPractice(test.db);
    const counselor = await createUser(test.db, { practiceId: practice.id, role: "counselor" });
    const { couple, partners } = await createCouple(test.db, { counselor });
    const { hpTask } = await createEveryClassOccurrence(test.db, { counselor, coupleId: couple.id, partners });
    return { partner: partners[0], taskId: hpTask.id };
  }

  it("autosave every 5 seconds for 31 minutes without the partner doing anything still ends the session at 30 minutes", async () => {
    const { partner, taskId } = await partnerWithTask();
    let version = 0;
    let refusedAt: number | null = null;
    for (let elapsed = 5_000; elapsed <= 31 * MINUTE; elapsed += 5_000) {
      vi.setSystemTime(start + elapsed);
      const words = `draft at ${elapsed / 1000}s`;
      const outcome = await background(partner)
        .task.saveDraft({ taskId, baseVersion: version, answers: { private_note: words } })
        .then(
          (saved) => saved.version,
          (error: { code?: string }) => error.code,
        );
      if (typeof outcome === "number") {
        version = outcome;
        continue;
      }
      expect(outcome).toBe("UNAUTHORIZED");
      refusedAt = elapsed;
      break;
    }
    expect(refusedAt).toBe(30 * MINUTE + 5_000);
    expect(await endedReason(partner.sessionId)).toBe("idle");
    // A request the partner makes now can't bring the lapsed sign-in back.
    expect(await codeOf(foreground(partner).viewer.me())).toBe("UNAUTHORIZED");

    // The words typed before the limit are on the server; after signing in again the
    // draft typed at expiry saves over the same version, so nothing is lost.
    const again = { ...partner, sessionId: await createSession(test.db, partner.id) };
    // The row's default is the database's real clock; this test's clock is 30 minutes ahead.
    await test.db.update(userSessions).set({ lastActiveAt: new Date() }).where(eq(userSessions.id, again.sessionId));
    const signedInAgain = () => callerWith(test.db, again, { activity: "user", authTime: Math.floor(Date.now() / 1000) });
    expect((await signedInAgain().task.get({ taskId })).response).toMatchObject({ version, answers: { private_note: "draft at 1800s" } });
    const resumed = await signedInAgain().task.saveDraft({ taskId, baseVersion: version, answers: { private_note: "draft at 1805s" } });
    expect(resumed.version).toBe(version + 1);
    expect((await signedInAgain().task.get({ taskId })).response?.answers).toEqual({ private_note: "draft at 1805s" });
  });

  it("requests the partner makes keep the session going past the idle limit", async () => {
    const { partner, taskId } = await partnerWithTask();
    for (let minute = 10; minute <= 60; minute += 10) {
      vi.setSystemTime(start + minute * MINUTE);
      expect(await codeOf(foreground(partner).task.get({ taskId }))).toBe("OK");
    }
    vi.setSystemTime(start + 89 * MINUTE);
    expect(await codeOf(background(partner).task.get({ taskId }))).toBe("OK");
    vi.setSystemTime(start + 91 * MINUTE);
    expect(await codeOf(background(partner).task.get({ taskId }))).toBe("UNAUTHORIZED");
  });

  it("counselors and admins lapse after 15 idle minutes; background calls are checked but never extend it", async () => {
    const practice = await createPractice(test.db);
    for (const role of ["counselor", "admin"] as const) {
      const user = await createUser(test.db, { practiceId: practice.id, role });
      vi.setSystemTime(start + 14 * MINUTE);
      expect(await codeOf(background(user).viewer.me())).toBe("OK");
      vi.setSystemTime(start + 15 * MINUTE + 1_000);
      expect(await codeOf(background(user).viewer.me())).toBe("UNAUTHORIZED");
      expect(await endedReason(user.sessionId)).toBe("idle");
      vi.setSystemTime(start);
    }
  });

  it("a sign-in ends after 12 hours however active the person is", async () => {
    const practice = await createPractice(test.db);
    const user = await createUser(test.db, { practiceId: practice.id, role: "counselor" });
    for (let minute = 10; minute * MINUTE < ABSOLUTE_SESSION_SECONDS * 1000; minute += 10) {
      vi.setSystemTime(start + minute * MINUTE);
      expect(await codeOf(foreground(user).viewer.me()), `at ${minute} minutes`).toBe("OK");
    }
    vi.setSystemTime(start + ABSOLUTE_SESSION_SECONDS * 1000 + MINUTE);
    expect(await codeOf(foreground(user).viewer.me())).toBe("UNAUTHORIZED");
    expect(await endedReason(user.sessionId)).toBe("expired");
  });

  it("sign out everywhere and disabling the account end sessions at once, whatever the clock says", async () => {
    const practice = await createPractice(test.db);
    const user = await createUser(test.db, { practiceId: practice.id, role: "counselor" });
    const otherDevice = { ...user, sessionId: await createSession(test.db, user.id) };
    await foreground(user).account.signOutEverywhere();
    expect(await codeOf(foreground(otherDevice).viewer.me())).toBe("UNAUTHORIZED");
    expect(await endedReason(otherDevice.sessionId)).toBe("signed_out_everywhere");

    const partner = (await partnerWithTask()).partner;
    expect(await codeOf(foreground(partner).viewer.me())).toBe("OK");
    await test.db.update(users).set({ disabled: true, disabledAt: new Date() }).where(eq(users.id, partner.id));
    expect(await codeOf(background(partner).viewer.me())).toBe("UNAUTHORIZED");
  });
});

describe("where you're signed in", () => {
  const test = useTestDatabase();

  it("lists only the caller's own open sign-ins and marks this one", async () => {
    const practice = await createPractice(test.db);
    const user = await createUser(test.db, { practiceId: practice.id, role: "counselor" });
    const stranger = await createUser(test.db, { practiceId: practice.id, role: "counselor" });
    const phone = await createSession(test.db, user.id);
    const list = await callerAs(test.db, user).account.sessions();
    expect(list.map((row) => row.id).sort()).toEqual([user.sessionId, phone].sort());
    expect(list.find((row) => row.current)?.id).toBe(user.sessionId);
    expect(list.map((row) => row.id)).not.toContain(stranger.sessionId);
  });

  it("ends another of your sign-ins, and never someone else's", async () => {
    const practice = await createPractice(test.db);
    const counselor = await createUser(test.db, { practiceId: practice.id, role: "counselor" });
    const { partners } = await createCouple(test.db, { counselor });
    const [hp, ip] = partners;
    const laptop = { ...hp, sessionId: await createSession(test.db, hp.id) };

    for (const outsider of [ip, counselor]) {
      expect(await codeOf(callerAs(test.db, outsider).account.endSession({ sessionId: laptop.sessionId }))).toBe("NOT_FOUND");
    }
    expect(await codeOf(callerAs(test.db, null).account.endSession({ sessionId: laptop.sessionId }))).toBe("UNAUTHORIZED");
    expect(await codeOf(callerAs(test.db, laptop).viewer.me())).toBe("OK");

    await callerAs(test.db, hp).account.endSession({ sessionId: laptop.sessionId });
    expect(await codeOf(callerAs(test.db, laptop).viewer.me())).toBe("UNAUTHORIZED");
    expect(await codeOf(callerAs(test.db, hp).viewer.me())).toBe("OK");
    expect(await codeOf(callerAs(test.db, hp).account.endSession({ sessionId: laptop.sessionId }))).toBe("NOT_FOUND");
  });
});
