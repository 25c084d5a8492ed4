ALTER TYPE "public"."target_status" ADD VALUE 'publishing' BEFORE 'published';--> statement-breakpoint
ALTER TYPE "public"."target_status" ADD VALUE 'unknown';--> statement-breakpoint
ALTER TABLE "post_targets" ADD COLUMN "external_url" text;--> statement-breakpoint
ALTER TABLE "post_targets" ADD COLUMN "first_sent_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "post_targets" ADD COLUMN "lease_expires_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "post_targets" ADD COLUMN "metrics_due_at" timestamp with time zone;--> statement-breakpoint
CREATE INDEX "post_targets_metrics_due_idx" ON "post_targets" USING btree ("metrics_due_at") WHERE "post_targets"."metrics_due_at" is not null;--> statement-breakpoint
CREATE INDEX "post_targets_lease_idx" ON "post_targets" USING btree ("lease_expires_at") WHERE "post_targets"."lease_expires_at" is not null;