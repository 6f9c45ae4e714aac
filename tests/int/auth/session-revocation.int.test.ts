import { eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { couples, users } from "@/db/schema";
import { ABSOLUTE_SESSION_SECONDS } from "@/server/auth/claims";
import { resolveViewer } from "@/server/auth/viewer";
import { callerAs, claimsFor } from "../../support/callers";
import { useTestDatabase } from "../../support/database";
import { createCouple, createPractice, createSession, createUser } from "../../support/factories";

describe("session tokens are checked against the database on every request", () => {
  const test = useTestDatabase();

  async function counselor() {
    const practice = await createPractice(test.db);
    return createUser(test.db, { practiceId: practice.id, role: "counselor" });
  }

  it("a current token resolves to the viewer", async () => {
    const user = await counselor();
    expect(await resolveViewer(test.db, claimsFor(user))).toMatchObject({ userId: user.id, role: "counselor" });
  });

  it("sign out everywhere revokes the token that asked, and every other one", async () => {
    const user = await counselor();
    const firstDevice = callerAs(test.db, user);
    const secondDevice = callerAs(test.db, user);
    expect(await secondDevice.viewer.me()).toMatchObject({ userId: user.id });

    await firstDevice.account.signOutEverywhere();

    await expect(callerAs(test.db, user).viewer.me()).rejects.toMatchObject({ code: "UNAUTHORIZED" });
    await expect(callerAs(test.db, user).couple.list()).rejects.toMatchObject({ code: "UNAUTHORIZED" });
    // Only a fresh sign-in, with the new version, gets back in.
    const [row] = await test.db.select({ sessionVersion: users.sessionVersion }).from(users).where(eq(users.id, user.id));
    const fresh = { ...user, sessionVersion: row!.sessionVersion, sessionId: await createSession(test.db, user.id) };
    expect(await resolveViewer(test.db, claimsFor({ ...user, sessionVersion: row!.sessionVersion }))).toBeNull();
    expect(await resolveViewer(test.db, claimsFor(fresh))).not.toBeNull();
  });

  it("signing out revokes that sign-in on the server, and only that one", async () => {
    const user = await counselor();
    const otherDevice = { ...user, sessionId: await createSession(test.db, user.id) };

    await callerAs(test.db, user).account.signOut();

    // The old token, replayed, no longer works; the other device's still does.
    await expect(callerAs(test.db, user).viewer.me()).rejects.toMatchObject({ code: "UNAUTHORIZED" });
    expect(await callerAs(test.db, otherDevice).viewer.me()).toMatchObject({ userId: user.id });
  });

  it("a token naming someone else's session is not accepted", async () => {
    const user = await counselor();
    const stranger = await counselor();
    expect(await resolveViewer(test.db, claimsFor({ ...user, sessionId: stranger.sessionId }))).toBeNull();
  });

  it("disabling an account ends its sessions at the next request", async () => {
    const user = await counselor();
    await test.db.update(users).set({ disabled: true, disabledAt: new Date() }).where(eq(users.id, user.id));
    await expect(callerAs(test.db, user).viewer.me()).rejects.toMatchObject({ code: "UNAUTHORIZED" });
  });

  it("a role change invalidates tokens issued for the old role", async () => {
    const user = await counselor();
    await test.db.update(users).set({ role: "admin" }).where(eq(users.id, user.id));
    expect(await resolveViewer(test.db, claimsFor(user))).toBeNull();
  });

  it("a sign-in older than the absolute lifetime no longer counts", async () => {
    const user = await counselor();
    const now = new Date();
    const old = Math.floor(now.getTime() / 1000) - ABSOLUTE_SESSION_SECONDS - 1;
    expect(await resolveViewer(test.db, claimsFor(user, old + 2), now)).not.toBeNull();
    expect(await resolveViewer(test.db, claimsFor(user, old), now)).toBeNull();
    // The lapsed sign-in is closed for good, not just refused this once.
    expect(await resolveViewer(test.db, claimsFor(user, old + 2), now)).toBeNull();
  });

  it("a partner whose couple is archived stays signed in, read-only", async () => {
    const { couple, partners } = await createCouple(test.db, { counselor: await counselor() });
    expect(await resolveViewer(test.db, claimsFor(partners[0]))).toMatchObject({ role: "partner", coupleId: couple.id });
    await test.db.update(couples).set({ status: "archived", archivedAt: sql`now()` }).where(eq(couples.id, couple.id));
    expect(await resolveViewer(test.db, claimsFor(partners[0]))).toMatchObject({ role: "partner", coupleId: couple.id, coupleArchived: true });
  });

  it("a token for an account that does not exist resolves to nobody", async () => {
    expect(
      await resolveViewer(test.db, {
        userId: crypto.randomUUID(),
        sessionId: crypto.randomUUID(),
        role: "counselor",
        sessionVersion: 1,
        authTime: Math.floor(Date.now() / 1000),
      }),
    ).toBeNull();
  });
});
