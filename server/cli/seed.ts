// `npm run db:seed`: (re)creates the demo practice. Refuses on a database with real data.
import { DataFolderLockedError } from "@/db/lock";
import { getDatabaseHandle } from "../db";
import { DEMO_PASSWORD, DEMO_STAFF, DEMO_COUPLES } from "../services/demo/demo-data";
import { RefusedToSeedError, reseedDemoDatabase } from "../services/demo/seed-demo";

try {
  const handle = await getDatabaseHandle();
  await reseedDemoDatabase(handle);
  await handle.close();
  const emails = [...DEMO_STAFF.map((member) => member.email), ...DEMO_COUPLES.flatMap((couple) => couple.partners.map((partner) => partner.email))];
  console.log(`Demo practice seeded (${handle.mode}). Sign in as any of:\n  ${emails.join("\n  ")}\nPassword: ${DEMO_PASSWORD}`);
} catch (error) {
  if (error instanceof RefusedToSeedError || error instanceof DataFolderLockedError) {
    console.error(error.message);
    process.exit(1);
  }
  throw error;
}
