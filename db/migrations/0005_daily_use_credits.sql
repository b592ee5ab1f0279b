ALTER TABLE "coaches" ADD COLUMN "leads_seen_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "contacts" ADD COLUMN "seen_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "packages" ADD COLUMN "credit_validity_days" integer;--> statement-breakpoint
ALTER TABLE "purchases" ADD COLUMN "method" text DEFAULT 'stripe' NOT NULL;--> statement-breakpoint
ALTER TABLE "purchases" ADD COLUMN "expires_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "packages" ADD CONSTRAINT "packages_validity_check" CHECK ("packages"."credit_validity_days" is null or "packages"."credit_validity_days" between 1 and 3650);--> statement-breakpoint
ALTER TABLE "purchases" ADD CONSTRAINT "purchases_method_check" CHECK ("purchases"."method" in ('stripe', 'offline', 'grant'));--> statement-breakpoint
UPDATE "coaches" SET "leads_seen_at" = "last_dashboard_visit_at";--> statement-breakpoint
ALTER TABLE "coaches" DROP COLUMN "last_dashboard_visit_at";
