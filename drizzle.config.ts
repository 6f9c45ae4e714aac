import { defineConfig } from "drizzle-kit";

// Migrations are generated from the schema and committed; they are applied with
// migrate() on start and in every test run (see db/migrate.ts), never pushed.
export default defineConfig({
  dialect: "postgresql",
  schema: "./db/schema/index.ts",
  out: "./db/migrations",
  casing: "snake_case",
  strict: true,
  verbose: true,
});
