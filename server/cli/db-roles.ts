// `npm run db:roles`: creates or updates the application role (db/roles/app-role.sql).
// Run it with DATABASE_URL pointing at the owner of the tables, after `npm run db:migrate`.
import pg from "pg";
import { APP_ROLE, appRoleStatements } from "@/db/app-role";
import { env } from "../env.js";

if (!env.DATABASE_URL) {
  console.error("db:roles needs DATABASE_URL (PostgreSQL, as the owner of the tables). The embedded database has one user and no roles to separate.");
  process.exit(1);
}
const client = new pg.Client({ connectionString: env.DATABASE_URL });
await client.connect();
try {
  await client.query("BEGIN");
  for (const statement of appRoleStatements()) await client.query(statement);
  await client.query("COMMIT");
  console.log(`Role ${APP_ROLE} is ready. Connect the app through a login role that is a member of it; keep migrations on the owner.`);
} catch (error) {
  await client.query("ROLLBACK");
  throw error;
} finally {
  await client.end();
}
