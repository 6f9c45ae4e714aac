import { count, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "@/db/client";
import { couples, practices, users } from "@/db/schema";
import { verifyCredentials } from "@/server/auth/credentials";
import { resolveViewer } from "@/server/auth/viewer";
import { DEMO_COUPLES, DEMO_PASSWORD, DEMO_STAFF } from "@/server/services/demo/demo-data";
import { RefusedToSeedError, reseedDemoDatabase, seedDemoIfEmpty } from "@/server/services/demo/seed-demo";
import { useScratchDatabase } from "../../support/database";
import { createPractice } from "../../support/factories";

const request = { id: "seed-test", ip: null, userAgent: null };

describe("demo data", () => {
  const scratch = useScratchDatabase();
  let handle: DatabaseHandle;
  beforeAll(() => {
    handle = scratch.handle;
  });

  it("seeds an empty database once: an admin, two counselors, every demo couple with two partners", async () => {
    expect(await seedDemoIfEmpty(handle.db)).toBe(true);
    expect(await seedDemoIfEmpty(handle.db)).toBe(false);
    const [userCount] = await handle.db.select({ n: count() }).from(users);
    const [coupleCount] = await handle.db.select({ n: count() }).from(couples);
    expect(userCount?.n).toBe(DEMO_STAFF.length + 2 * DEMO_COUPLES.length);
    expect(coupleCount?.n).toBe(DEMO_COUPLES.length);
  });

  it("every demo login signs in and lands with the right role", async () => {
    const logins = [
      ...DEMO_STAFF.map((member) => ({ email: member.email, role: member.role })),
      ...DEMO_COUPLES.flatMap((couple) => couple.partners.map((partner) => ({ email: partner.email, role: "partner" as const }))),
    ];
    for (const login of logins) {
      const user = await verifyCredentials(handle.db, { email: login.email, password: DEMO_PASSWORD }, request);
      expect(user, login.email).toMatchObject({ role: login.role });
      const viewer = await resolveViewer(handle.db, {
        userId: user!.id,
        sessionId: user!.sessionId,
        role: user!.role,
        sessionVersion: user!.sessionVersion,
        authTime: Math.floor(Date.now() / 1000),
      });
      expect(viewer?.role, login.email).toBe(login.role);
    }
  });

  it("re-seeds a database that holds only demo data", async () => {
    await reseedDemoDatabase(handle);
    const [practiceCount] = await handle.db.select({ n: count() }).from(practices);
    expect(practiceCount?.n).toBe(1);
  });

  it("refuses to wipe a database that holds a real practice, and leaves it untouched", async () => {
    const real = await createPractice(handle.db);
    await expect(reseedDemoDatabase(handle)).rejects.toBeInstanceOf(RefusedToSeedError);
    expect(await handle.db.select().from(practices).where(eq(practices.id, real.id))).toHaveLength(1);
    expect(await seedDemoIfEmpty(handle.db)).toBe(false);
  });
});
