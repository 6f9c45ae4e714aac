import { count, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { couples, users } from "@/db/schema";
import { findPolicy, type PolicyName } from "@/server/api/policies";
import type { TCreateCoupleInput } from "@/db/schema/couples/validation";
import { appRouter } from "@/server/api/root";
import type { Role } from "@/server/auth/viewer";
import { callerAs } from "../../../support/callers";
import { useTestDatabase } from "../../../support/database";
import { createAssignment, createTask, createWorld, type TestUser } from "../../../support/factories";

type World = Awaited<ReturnType<typeof createWorld>>;

/** Reaches a procedure of a caller by its dotted path, e.g. "couple.get". */
function procedureOf(caller: ReturnType<typeof callerAs>, path: string) {
  return path.split(".").reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], caller) as (input?: unknown) => Promise<unknown>;
}

const ROLES: Role[] = ["admin", "counselor", "partner"];
const procedurePaths = Object.keys(appRouter._def.procedures) as PolicyName[];

const validCreateInput = (tag: string): TCreateCoupleInput => ({
  displayName: `Couple ${tag}`,
  timeZone: "Europe/Berlin",
  secretsPolicy: "limited_secrets",
  partners: [
    { displayName: "Robin Example", email: `robin-${tag}@example.test`, label: "hurt" },
    { displayName: "Kai Example", email: `kai-${tag}@example.test`, label: "involved" },
  ],
});

/**
 * Beside the generated matrix (matrix.int.test.ts): the role gate checked with junk
 * input (it runs before input parsing, so a refused caller learns nothing about the
 * input), and hand-written scope cases the matrix's single target doesn't reach, such
 * as a couple that names the counselor but sits in another practice.
 */
describe("authorization: role gate with junk input, and hand-written scope cases", () => {
  const test = useTestDatabase();
  let world: World;

  beforeAll(async () => {
    world = await createWorld(test.db);
  });

  const actor = (role: Role): TestUser => actorsOf(role)[0]!;
  /** Everyone holding a role: both partners and another couple's partner; three counselors. */
  const actorsOf = (role: Role): TestUser[] =>
    role === "admin"
      ? [world.admin]
      : role === "counselor"
        ? [world.counselor, world.otherCounselor, world.foreignCounselor]
        : [...world.own.partners, world.other.partners[0]];

  describe("enumerated over every procedure in the router", () => {
    it.each(procedurePaths)("%s refuses anonymous callers with UNAUTHORIZED", async (path) => {
      if (findPolicy(path)?.roles === "public") return;
      await expect(procedureOf(callerAs(test.db, null), path)({})).rejects.toMatchObject({ code: "UNAUTHORIZED" });
    });

    it.each(procedurePaths)("%s refuses every role its policy does not name with FORBIDDEN", async (path) => {
      const allowed = findPolicy(path)?.roles ?? [];
      for (const role of ROLES.filter((candidate) => allowed !== "public" && !allowed.includes(candidate))) {
        for (const user of actorsOf(role)) {
          // Input is deliberately junk: the role check runs before input parsing.
          await expect(procedureOf(callerAs(test.db, user), path)({ junk: true }), `${role} ${user.email} on ${path}`).rejects.toMatchObject({
            code: "FORBIDDEN",
          });
        }
      }
    });
  });

  describe("couple.list (counselor, own caseload)", () => {
    it("lists only the calling counselor's couples, with both partners", async () => {
      const mine = await callerAs(test.db, world.counselor).couple.list();
      expect(mine.map((couple) => couple.id)).toEqual([world.own.couple.id]);
      expect(mine[0]?.partners.map((partner) => partner.userId)).toEqual(world.own.partners.map((partner) => partner.id));

      const theirs = await callerAs(test.db, world.otherCounselor).couple.list();
      expect(theirs.map((couple) => couple.id)).toEqual([world.other.couple.id]);
      expect(await callerAs(test.db, world.foreignCounselor).couple.list()).toEqual([]);
    });

    it("ignores a couple that names the counselor but belongs to another practice", async () => {
      // Not a state the app creates; the scope must still hold on both keys.
      const [stray] = await test.db
        .insert(couples)
        .values({ practiceId: world.otherPractice.id, counselorId: world.counselor.id, displayName: "Stray", timeZone: "UTC" })
        .returning();
      const mine = await callerAs(test.db, world.counselor).couple.list();
      expect(mine.map((couple) => couple.id)).not.toContain(stray!.id);
      await expect(callerAs(test.db, world.counselor).couple.get({ coupleId: stray!.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    });
  });

  describe("couple.get (counselor, own caseload)", () => {
    const get = (user: TestUser | null, coupleId: string) => callerAs(test.db, user).couple.get({ coupleId });

    it("returns the couple to its counselor", async () => {
      expect(await get(world.counselor, world.own.couple.id)).toMatchObject({ id: world.own.couple.id, displayName: world.own.couple.displayName });
    });
    it("answers NOT_FOUND to another counselor of the same practice", async () => {
      await expect(get(world.otherCounselor, world.own.couple.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    });
    it("answers NOT_FOUND to a counselor of another practice", async () => {
      await expect(get(world.foreignCounselor, world.own.couple.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    });
    it("answers NOT_FOUND for an id that does not exist, the same as for someone else's", async () => {
      await expect(get(world.counselor, crypto.randomUUID())).rejects.toMatchObject({ code: "NOT_FOUND" });
    });
    it("answers FORBIDDEN to each partner of the couple and to a partner of another couple", async () => {
      for (const partner of [...world.own.partners, world.other.partners[0]]) {
        await expect(get(partner, world.own.couple.id)).rejects.toMatchObject({ code: "FORBIDDEN" });
      }
    });
    it("answers FORBIDDEN to the practice admin, who has no clinical access", async () => {
      await expect(get(world.admin, world.own.couple.id)).rejects.toMatchObject({ code: "FORBIDDEN" });
    });
    it("answers UNAUTHORIZED to anonymous callers", async () => {
      await expect(get(null, world.own.couple.id)).rejects.toMatchObject({ code: "UNAUTHORIZED" });
    });
  });

  describe("couple.create (counselor, own caseload)", () => {
    it("creates the couple on the caller's caseload in the caller's practice", async () => {
      const { id } = await callerAs(test.db, world.counselor).couple.create(validCreateInput(crypto.randomUUID().slice(0, 8)));
      const [row] = await test.db.select().from(couples).where(eq(couples.id, id));
      expect(row).toMatchObject({ counselorId: world.counselor.id, practiceId: world.practice.id, phase: "p0", status: "active" });
      const created = await callerAs(test.db, world.counselor).couple.get({ coupleId: id });
      expect(created.partners.map((partner) => [partner.label, partner.hasJoined])).toEqual([
        ["hurt", false],
        ["involved", false],
      ]);
    });

    it("writes nothing when a partner, the admin or an anonymous caller tries", async () => {
      const before = await totals();
      for (const user of [world.own.partners[0], world.other.partners[1], world.admin, null]) {
        await expect(callerAs(test.db, user).couple.create(validCreateInput(crypto.randomUUID().slice(0, 8)))).rejects.toMatchObject({
          code: user ? "FORBIDDEN" : "UNAUTHORIZED",
        });
      }
      expect(await totals()).toEqual(before);
    });

    async function totals() {
      const [coupleCount] = await test.db.select({ n: count() }).from(couples);
      const [userCount] = await test.db.select({ n: count() }).from(users);
      return { couples: coupleCount?.n, users: userCount?.n };
    }
  });

  describe("today.get (partner, own couple)", () => {
    it("shows a partner their own and joint tasks, never the other partner's", async () => {
      const [first, second] = world.own.partners;
      const assignment = await createAssignment(test.db, { coupleId: world.own.couple.id, assignedById: world.counselor.id });
      const today = new Intl.DateTimeFormat("en-CA", { timeZone: world.own.couple.timeZone }).format(new Date());
      const mine = await createTask(test.db, { assignmentId: assignment.id, coupleId: world.own.couple.id, assigneeId: first.id, dueOn: today });
      const theirs = await createTask(test.db, { assignmentId: assignment.id, coupleId: world.own.couple.id, assigneeId: second.id, dueOn: today });
      const joint = await createTask(test.db, { assignmentId: assignment.id, coupleId: world.own.couple.id, assigneeId: null, dueOn: today });

      const firstView = await callerAs(test.db, first).today.get();
      expect(firstView.dueToday.map((task) => task.id).sort()).toEqual([mine.id, joint.id].sort());
      expect(JSON.stringify(firstView)).not.toContain(theirs.id);

      const secondView = await callerAs(test.db, second).today.get();
      expect(secondView.dueToday.map((task) => task.id).sort()).toEqual([theirs.id, joint.id].sort());

      const outsider = await callerAs(test.db, world.other.partners[0]).today.get();
      expect(JSON.stringify(outsider)).not.toMatch(new RegExp([mine.id, theirs.id, joint.id].join("|")));
    });
  });

  describe("practice.listCounselors (admin, own practice)", () => {
    it("lists the admin's practice counselors with caseload sizes, and nobody from elsewhere", async () => {
      const list = await callerAs(test.db, world.admin).practice.listCounselors();
      expect(list.map((row) => row.id).sort()).toEqual([world.counselor.id, world.otherCounselor.id].sort());
      expect(list.find((row) => row.id === world.counselor.id)?.activeCouples).toBeGreaterThanOrEqual(1);
      expect(JSON.stringify(list)).not.toContain(world.foreignCounselor.id);
    });
  });

  describe("viewer.me and account.signOutEverywhere (self)", () => {
    it.each(ROLES)("%s reads only their own profile", async (role) => {
      const user = actor(role);
      expect(await callerAs(test.db, user).viewer.me()).toEqual({ userId: user.id, role, displayName: user.displayName, email: user.email });
    });
  });
});
