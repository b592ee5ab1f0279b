-- Two live bookings of one coach can never overlap in time; cancelled ones do not count.
CREATE EXTENSION IF NOT EXISTS btree_gist;
--> statement-breakpoint
ALTER TABLE "bookings" ADD CONSTRAINT "bookings_no_overlap"
  EXCLUDE USING gist ("coach_id" WITH =, tstzrange("starts_at", "ends_at", '[)') WITH &&)
  WHERE ("status" <> 'cancelled');
--> statement-breakpoint
-- A booking paid with a package credit points at its purchase (kept out of the schema DSL to avoid an import cycle).
ALTER TABLE "bookings" ADD CONSTRAINT "bookings_purchase_id_purchases_id_fk"
  FOREIGN KEY ("purchase_id") REFERENCES "purchases"("id") ON DELETE SET NULL;
--> statement-breakpoint
-- Contact search by name, email and tag with ILIKE '%q%' stays fast at tens of thousands of rows.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
--> statement-breakpoint
CREATE INDEX "contacts_name_trgm_idx" ON "contacts" USING gin ("name" gin_trgm_ops);
--> statement-breakpoint
CREATE INDEX "contacts_email_trgm_idx" ON "contacts" USING gin ("email" gin_trgm_ops);
