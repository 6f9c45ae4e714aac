import { describe, expect, it } from "vitest";
import { POLICIES } from "@/server/api/policies";
import { appRouter } from "@/server/api/root";

// At run time _def.procedures is flat, keyed by dotted path ("couple.get").
const procedures = Object.entries(appRouter._def.procedures as unknown as Record<string, { _def: { meta?: { policy?: string } } }>);

describe("every procedure declares its access policy", () => {
  it("the router has procedures to check", () => {
    expect(procedures.length).toBeGreaterThan(0);
  });

  it.each(procedures.map(([path, procedure]) => [path, procedure._def.meta?.policy] as const))(
    "%s names the policy entry of the same name",
    (path, policy) => {
      // Naming the policy after the path stops a new procedure from borrowing another's rules.
      expect(policy, `${path} has no .meta({ policy })`).toBe(path);
      expect(Object.hasOwn(POLICIES, path), `${path} has no entry in server/api/policies.ts`).toBe(true);
    },
  );

  it("no policy entry is left without a procedure", () => {
    const paths = new Set(procedures.map(([path]) => path));
    expect(Object.keys(POLICIES).filter((name) => !paths.has(name))).toEqual([]);
  });
});
