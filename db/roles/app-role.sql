-- The role Trellis connects as on PostgreSQL (security.md L2): it reads and writes the
-- app's tables, but may only add to and read the audit trail, owns nothing, and so can
-- neither drop nor disable the append-only trigger. Run it as the owner of the tables
-- (the role migrations run as) with `npm run db:roles`, after `npm run db:migrate`. It
-- is idempotent; run it again after each upgrade, so tables added since get their grants.
--
-- NOLOGIN: no password lives here. Let the app sign in through a login role that is a
-- member of this one, e.g.
--   CREATE ROLE trellis_web LOGIN PASSWORD '…' IN ROLE trellis_app;
-- (with INHERIT, the default), and point the app's DATABASE_URL at that login.
DO $$
BEGIN
  CREATE ROLE trellis_app NOLOGIN;
EXCEPTION WHEN duplicate_object OR unique_violation THEN
  NULL;
END
$$;
--> statement-breakpoint
-- An existing role of that name must not be able to step around its grants.
DO $$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'trellis_app' AND (rolsuper OR rolbypassrls OR rolcreaterole OR rolcreatedb OR rolreplication)) THEN
    RAISE EXCEPTION 'role trellis_app has superuser, bypassrls, createrole, createdb or replication; remove those attributes first';
  END IF;
  IF EXISTS (SELECT 1 FROM pg_tables WHERE schemaname = 'public' AND tableowner = 'trellis_app') THEN
    RAISE EXCEPTION 'role trellis_app owns tables in schema public; the owner of the tables must be another role';
  END IF;
END
$$;
--> statement-breakpoint
GRANT USAGE ON SCHEMA public TO trellis_app;
--> statement-breakpoint
-- On start the app only checks that every migration is applied (db/migrate.ts): it may read that record, never write it.
GRANT USAGE ON SCHEMA drizzle TO trellis_app;
--> statement-breakpoint
GRANT SELECT ON drizzle.__drizzle_migrations TO trellis_app;
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO trellis_app;
--> statement-breakpoint
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO trellis_app;
--> statement-breakpoint
-- The audit trail: add and read, nothing else (the trigger in migration 0001 stops the owner too).
REVOKE UPDATE, DELETE, TRUNCATE, REFERENCES, TRIGGER ON audit_events FROM trellis_app;
--> statement-breakpoint
GRANT SELECT, INSERT ON audit_events TO trellis_app;
--> statement-breakpoint
-- Tables a later migration creates as this owner get the ordinary grants by themselves;
-- rerunning this script keeps audit_events at INSERT and SELECT.
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO trellis_app;
--> statement-breakpoint
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO trellis_app;
--> statement-breakpoint
-- The job queue (pg-boss) keeps its jobs in its own schema and creates or upgrades its
-- tables there on start, so the app role owns that one schema and nothing in public.
CREATE SCHEMA IF NOT EXISTS pgboss AUTHORIZATION trellis_app;
