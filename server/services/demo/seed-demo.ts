import { count, eq, sql } from "drizzle-orm";
import type { Database, DatabaseHandle } from "@/db/client";
import { migrateDatabase } from "@/db/migrate";
import { consentRecords, coupleMembers, couples, practices, userTotp, users } from "@/db/schema";
import { sealTotpSecret } from "../../auth/mfa/sealed-secrets";
import { hashPassword } from "../../auth/password";
import { syncBuiltinLibrary } from "../library/sync-builtins";
import { DEMO_COUPLES, DEMO_PASSWORD, DEMO_PRACTICE, DEMO_STAFF, DEMO_TOTP_SECRET } from "./demo-data";
import { seedDemoHistory } from "./demo-history";

export class RefusedToSeedError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "RefusedToSeedError";
  }
}

/**
 * The demo practice: an admin, two counselors, five couples with partner accounts, and
 * weeks of homework history for two of them (demo-stories.ts).
 */
export async function seedDemoData(db: Database): Promise<void> {
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  await syncBuiltinLibrary(db);
  await db.transaction(async (tx) => {
    const [practice] = await tx.insert(practices).values({ ...DEMO_PRACTICE, isDemo: true }).returning({ id: practices.id });
    if (!practice) throw new Error("demo practice insert returned no row");

    const staff = await tx
      .insert(users)
      .values(DEMO_STAFF.map(({ role, displayName, email }) => ({ practiceId: practice.id, role, displayName, email, passwordHash })))
      .returning({ id: users.id, email: users.email });
    // Staff must use two-step verification; the demo staff share one published authenticator secret.
    await tx.insert(userTotp).values(staff.map(({ id }) => ({ userId: id, secretCiphertext: sealTotpSecret(id, DEMO_TOTP_SECRET), confirmedAt: new Date() })));
    const staffId = (key: (typeof DEMO_STAFF)[number]["key"]) => {
      const email = DEMO_STAFF.find((member) => member.key === key)?.email;
      const id = staff.find((row) => row.email === email)?.id;
      if (!id) throw new Error(`demo staff member ${key} missing`);
      return id;
    };

    for (const demo of DEMO_COUPLES) {
      const [couple] = await tx
        .insert(couples)
        .values({
          practiceId: practice.id,
          counselorId: staffId(demo.counselor),
          displayName: demo.displayName,
          phase: demo.phase,
          secretsPolicy: demo.secretsPolicy,
          timeZone: demo.timeZone,
        })
        .returning({ id: couples.id, secretsPolicyVersion: couples.secretsPolicyVersion });
      if (!couple) throw new Error("demo couple insert returned no row");

      for (const [index, partner] of demo.partners.entries()) {
        const [account] = await tx
          .insert(users)
          .values({ practiceId: practice.id, role: "partner", displayName: partner.displayName, email: partner.email, passwordHash })
          .returning({ id: users.id });
        if (!account) throw new Error("demo partner insert returned no row");
        await tx.insert(coupleMembers).values({ coupleId: couple.id, userId: account.id, slot: index + 1, label: partner.label });
        // Demo partners have already read and acknowledged their couple's policy.
        await tx.insert(consentRecords).values({
          coupleId: couple.id,
          userId: account.id,
          policy: demo.secretsPolicy,
          policyVersion: couple.secretsPolicyVersion,
        });
      }
    }
    await seedDemoHistory(tx, { id: practice.id, timeZone: DEMO_PRACTICE.timeZone });
  });
}

export async function isDatabaseEmpty(db: Database): Promise<boolean> {
  const [row] = await db.select({ n: count() }).from(practices);
  return (row?.n ?? 0) === 0;
}

/** First start: an empty database gets the demo practice. Anything already there is left alone. */
export async function seedDemoIfEmpty(db: Database): Promise<boolean> {
  if (!(await isDatabaseEmpty(db))) return false;
  await seedDemoData(db);
  return true;
}

/**
 * Wipes and re-creates the demo data. Allowed only when the database holds nothing
 * but demo practices, so it can never erase a real practice's records.
 */
export async function reseedDemoDatabase(handle: DatabaseHandle): Promise<void> {
  const [real] = await handle.db.select({ n: count() }).from(practices).where(eq(practices.isDemo, false));
  if ((real?.n ?? 0) > 0) {
    throw new RefusedToSeedError(
      "This database holds real (non-demo) practice data, so it will not be wiped and re-seeded. Point DATABASE_URL or PGLITE_DIR at a demo database instead.",
    );
  }
  // The audit trail refuses row deletes by design, so the demo database is rebuilt from zero.
  await handle.db.execute(sql`DROP SCHEMA IF EXISTS drizzle CASCADE`);
  await handle.db.execute(sql`DROP SCHEMA public CASCADE`);
  await handle.db.execute(sql`CREATE SCHEMA public`);
  await migrateDatabase(handle);
  await seedDemoData(handle.db);
}
