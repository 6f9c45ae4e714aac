import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { auditEvents } from "@/db/schema";
import { findPolicy } from "@/server/api/policies";
import { appRouter } from "@/server/api/root";
import { useTestDatabase } from "../../../support/database";
import { MATRIX } from "./expectations";
import { ACTORS, MatrixWorld, type Actor } from "./world";

/**
 * Runs the table in expectations.ts: every procedure of the router, called by every
 * actor with a valid input aimed at the owner counselor's couple. Besides each
 * outcome it checks, per call, that a refused mutation changed nothing and that the
 * audit trail holds exactly one `denied` row for a signed-in refusal (L1), none for a
 * success, and nothing at all for an anonymous caller.
 */

// At run time _def.procedures is flat, keyed by dotted path ("couple.get").
const procedures = appRouter._def.procedures as unknown as Record<string, { _def: { type: "query" | "mutation" } }>;
const routerPaths = Object.keys(procedures);

function procedureOf(caller: unknown, path: string) {
  return path.split(".").reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], caller) as (input?: unknown) => Promise<unknown>;
}

async function outcomeOf(call: () => Promise<unknown>): Promise<string> {
  try {
    await call();
    return "ok";
  } catch (error) {
    const code = (error as { code?: string }).code ?? "unknown";
    // Anything else (bad input, a conflict) means the input builder is wrong, not the policy: show the reason.
    return ["NOT_FOUND", "FORBIDDEN", "UNAUTHORIZED", "BAD_REQUEST", "CONFLICT"].includes(code) ? code : `${code}: ${(error as Error).message}`;
  }
}

describe("authorization matrix: every procedure × every actor (A2, A6, A7, L1)", () => {
  const test = useTestDatabase();
  let world: MatrixWorld;

  beforeAll(async () => {
    world = await MatrixWorld.create(test.db);
  });

  it("has one entry for every procedure of the router, and none for a procedure that no longer exists", () => {
    expect(routerPaths.length).toBeGreaterThan(0);
    expect(routerPaths.filter((path) => !Object.hasOwn(MATRIX, path)), "procedures without an entry in expectations.ts").toEqual([]);
    expect(Object.keys(MATRIX).filter((path) => !routerPaths.includes(path)), "entries for procedures that don't exist").toEqual([]);
  });

  it("agrees with server/api/policies.ts on which roles get past the role check, and which partner calls wait for consent", () => {
    const roleActors = { admin: ["admin"], counselor: ["owner", "colleague", "foreign"], partner: ["hp", "ip", "outsider"] } as const;
    const fromMatrix = Object.fromEntries(
      Object.entries(MATRIX).map(([path, { outcomes }]) => [
        path,
        {
          roles: Object.entries(roleActors)
            .filter(([, actors]) => actors.some((actor) => outcomes[actor] !== "FORBIDDEN"))
            .map(([role]) => role),
          beforeConsent: outcomes.hpBeforeConsent !== "FORBIDDEN",
        },
      ]),
    );
    const fromPolicies = Object.fromEntries(
      Object.keys(MATRIX).map((path) => {
        const policy = findPolicy(path);
        const roles = policy?.roles === "public" ? ["admin", "counselor", "partner"] : [...(policy?.roles ?? [])];
        return [path, { roles: roles.sort(), beforeConsent: Boolean(policy && "beforeConsent" in policy) }];
      }),
    );
    expect(fromPolicies).toEqual(fromMatrix);
  });

  it.each(routerPaths)("%s", async (path) => {
    const entry = MATRIX[path];
    expect(entry, `${path} has no entry in tests/int/api/authorization-matrix/expectations.ts`).toBeDefined();
    if (!entry) return;
    const mutation = procedures[path]!._def.type === "mutation";
    // Strings, not just Outcome: an unexpected error shows its code and message in the diff.
    const actual = {} as Record<Actor, string>;
    const problems: string[] = [];

    // Refusals first, on one target; each success then gets a target of its own.
    const order = [...ACTORS].sort((a, b) => Number(entry.outcomes[a] === "ok") - Number(entry.outcomes[b] === "ok"));
    let target = await entry.target(world);
    let targetUsed = false;
    for (const actor of order) {
      if (mutation && entry.outcomes[actor] === "ok" && targetUsed) target = await entry.target(world);
      if (entry.endsSignIn) await world.renewSignIn(actor);
      const requestId = randomUUID();
      actual[actor] = await world.asActor(actor, async () => {
        const input = await entry.input(target, { world, actor });
        const before = mutation ? { counts: await world.rowCounts(), rows: await entry.rows?.(target, world) } : undefined;
        const outcome = await outcomeOf(() => procedureOf(world.callerAs(actor, requestId), path)(input));
        if (before && outcome !== "ok") {
          const after = { counts: await world.rowCounts(), rows: await entry.rows?.(target, world) };
          if (JSON.stringify(after) !== JSON.stringify(before)) problems.push(`${actor} was refused (${outcome}) but the data changed: ${changes(before, after)}`);
        }
        return outcome;
      });
      if (mutation && actual[actor] === "ok") targetUsed = true;
      if (entry.endsSignIn) await world.renewSignIn(actor);
      problems.push(...(await auditProblems(actor, actual[actor], requestId, path, entry.auditsWrongSecret === true)));
    }

    expect({ outcomes: actual, problems }).toEqual({ outcomes: entry.outcomes, problems: [] });
  });

  /** What the audit trail must hold for one call: one denied row for a signed-in refusal, none otherwise. */
  async function auditProblems(actor: Actor, outcome: string, requestId: string, path: string, auditsWrongSecret: boolean): Promise<string[]> {
    const rows = await test.db.select().from(auditEvents).where(eq(auditEvents.requestId, requestId));
    const denied = rows.filter((row) => row.outcome === "denied");
    if (actor === "anonymous") return rows.length === 0 ? [] : [`anonymous call left ${rows.length} audit rows`];
    if (outcome === "FORBIDDEN" || outcome === "NOT_FOUND") {
      const user = world.userOf(actor)!;
      const expected = { actorId: user.id, action: path, outcome: "denied", coupleId: null, details: { code: outcome } };
      const found = denied.map((row) => ({ actorId: row.actorId, action: row.action, outcome: row.outcome, coupleId: row.coupleId, details: row.details }));
      return JSON.stringify(found) === JSON.stringify([expected]) ? [] : [`${actor}'s refusal left denied rows ${JSON.stringify(found)}`];
    }
    const allowed = auditsWrongSecret && outcome === "BAD_REQUEST" ? 1 : 0;
    return denied.length === allowed ? [] : [`${actor}'s ${outcome} call left ${denied.length} denied rows`];
  }
});

function changes(before: { counts: Record<string, number>; rows: unknown }, after: { counts: Record<string, number>; rows: unknown }) {
  const counts = Object.keys(after.counts).filter((table) => after.counts[table] !== before.counts[table]);
  return [...counts.map((table) => `${table} ${before.counts[table]} → ${after.counts[table]}`), ...(JSON.stringify(after.rows) === JSON.stringify(before.rows) ? [] : ["target rows"])].join(", ");
}
