ALTER TABLE "bookings" ADD COLUMN "invitee_name" text;--> statement-breakpoint
UPDATE "bookings" SET "invitee_name" = "contacts"."name" FROM "contacts" WHERE "contacts"."id" = "bookings"."contact_id";--> statement-breakpoint
ALTER TABLE "bookings" ALTER COLUMN "invitee_name" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "email_outbox" ADD COLUMN "contact_id" uuid;--> statement-breakpoint
ALTER TABLE "email_outbox" ADD CONSTRAINT "email_outbox_contact_id_contacts_id_fk" FOREIGN KEY ("contact_id") REFERENCES "public"."contacts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "email_outbox_contact_id_idx" ON "email_outbox" USING btree ("contact_id");
