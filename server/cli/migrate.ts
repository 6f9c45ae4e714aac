// `npm run db:migrate`: applies committed migrations to the configured database.
import { getDatabaseHandle } from "../db";

const handle = await getDatabaseHandle();
console.log(`Migrations applied (${handle.mode}).`);
await handle.close();
