-- Every committed change that can alter the free slots (a coach's rules, meeting types, working
-- hours, date overrides, live bookings, the coach's account email) sends a notification on the
-- channel "ambit_availability", so each instance's availability cache forgets what it holds.
-- NOTIFY inside a transaction is delivered at commit, and not at all on rollback.
CREATE OR REPLACE FUNCTION ambit_notify_availability() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('ambit_availability', TG_TABLE_NAME);
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER coaches_availability_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "coaches"
  FOR EACH STATEMENT EXECUTE FUNCTION ambit_notify_availability();
--> statement-breakpoint
CREATE TRIGGER meeting_types_availability_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "meeting_types"
  FOR EACH STATEMENT EXECUTE FUNCTION ambit_notify_availability();
--> statement-breakpoint
CREATE TRIGGER availability_rules_availability_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "availability_rules"
  FOR EACH STATEMENT EXECUTE FUNCTION ambit_notify_availability();
--> statement-breakpoint
CREATE TRIGGER availability_overrides_availability_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "availability_overrides"
  FOR EACH STATEMENT EXECUTE FUNCTION ambit_notify_availability();
--> statement-breakpoint
CREATE TRIGGER bookings_availability_changed AFTER INSERT OR DELETE OR TRUNCATE ON "bookings"
  FOR EACH STATEMENT EXECUTE FUNCTION ambit_notify_availability();
--> statement-breakpoint
CREATE TRIGGER bookings_times_changed AFTER UPDATE OF "coach_id", "starts_at", "ends_at", "status" ON "bookings"
  FOR EACH STATEMENT EXECUTE FUNCTION ambit_notify_availability();
--> statement-breakpoint
CREATE TRIGGER users_coach_email_changed AFTER INSERT OR DELETE OR UPDATE OF "email" OR TRUNCATE ON "users"
  FOR EACH STATEMENT EXECUTE FUNCTION ambit_notify_availability();
