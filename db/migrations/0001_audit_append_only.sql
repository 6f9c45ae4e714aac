-- The audit trail is append-only: rows can be inserted and read, never changed or
-- removed, including by TRUNCATE (which bypasses row triggers).
CREATE FUNCTION trellis_reject_audit_change() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit_events is append-only (% refused)', TG_OP
    USING ERRCODE = 'insufficient_privilege';
END;
$$;
--> statement-breakpoint
CREATE TRIGGER audit_events_append_only_rows
  BEFORE UPDATE OR DELETE ON audit_events
  FOR EACH ROW EXECUTE FUNCTION trellis_reject_audit_change();
--> statement-breakpoint
CREATE TRIGGER audit_events_append_only_truncate
  BEFORE TRUNCATE ON audit_events
  FOR EACH STATEMENT EXECUTE FUNCTION trellis_reject_audit_change();
--> statement-breakpoint
-- A template version that an assignment has used is frozen: answers always render
-- against the exact definition they were written for.
CREATE FUNCTION trellis_protect_used_template_version() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF OLD.first_used_at IS NOT NULL AND (
       NEW.definition IS DISTINCT FROM OLD.definition
    OR NEW.version <> OLD.version
    OR NEW.template_id <> OLD.template_id
    OR NEW.first_used_at IS DISTINCT FROM OLD.first_used_at
  ) THEN
    RAISE EXCEPTION 'exercise template version % is in use and cannot be changed', OLD.id
      USING ERRCODE = 'integrity_constraint_violation';
  END IF;
  RETURN NEW;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER exercise_template_versions_frozen_once_used
  BEFORE UPDATE ON exercise_template_versions
  FOR EACH ROW EXECUTE FUNCTION trellis_protect_used_template_version();
