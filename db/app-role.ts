import { readFileSync } from "node:fs";
import { resolve } from "node:path";

/** The application role `db/roles/app-role.sql` creates; the app connects as it (or a login that is a member of it). */
export const APP_ROLE = "trellis_app";

export const APP_ROLE_SQL = resolve(process.cwd(), "db/roles/app-role.sql");

/** The script's statements, split where drizzle-kit splits migrations, so either driver can run them one by one. */
export function appRoleStatements(file = APP_ROLE_SQL): string[] {
  return readFileSync(file, "utf8")
    .split("--> statement-breakpoint")
    .map((statement) => statement.trim())
    .filter((statement) => statement.length > 0);
}
