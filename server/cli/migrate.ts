// `npm run db:migrate`: applies committed migrations to the configured database and
// brings the built-in exercise library up to date (what `npm start` does on boot).
import { getDatabaseHandle, STARTUP_LOCK_KEY } from "../db";
import { syncBuiltinLibrary } from "../services/library/sync-builtins";

const handle = await getDatabaseHandle();
const library = await handle.withExclusiveConnection(STARTUP_LOCK_KEY, (db) => syncBuiltinLibrary(db));
console.log(`Migrations applied (${handle.mode}). Built-in library: ${library.total} templates, ${library.added} added, ${library.upgraded} upgraded.`);
await handle.close();
