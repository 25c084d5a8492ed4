DROP INDEX "conversations_assignee_idx";--> statement-breakpoint
CREATE INDEX "contacts_name_trgm_idx" ON "contacts" USING gin ("display_name" gin_trgm_ops,"handle" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "conversations_assignee_sla_idx" ON "conversations" USING btree ("workspace_id","assignee_id","status",coalesce("sla_due_at", '9999-12-31 00:00:00+00'::timestamptz),"id");--> statement-breakpoint
CREATE INDEX "conversations_unassigned_open_idx" ON "conversations" USING btree ("workspace_id",coalesce("sla_due_at", '9999-12-31 00:00:00+00'::timestamptz),"id") WHERE "conversations"."assignee_id" IS NULL AND "conversations"."status" = 'open';--> statement-breakpoint
CREATE INDEX "conversations_identity_sla_idx" ON "conversations" USING btree ("workspace_id","identity_id","status",coalesce("sla_due_at", '9999-12-31 00:00:00+00'::timestamptz),"id");--> statement-breakpoint
CREATE INDEX "conversations_status_sla_idx" ON "conversations" USING btree ("workspace_id","status",coalesce("sla_due_at", '9999-12-31 00:00:00+00'::timestamptz),"id");--> statement-breakpoint
CREATE INDEX "conversations_open_counts_idx" ON "conversations" USING btree ("workspace_id","identity_id","assignee_id") WHERE "conversations"."status" = 'open';--> statement-breakpoint
CREATE INDEX "messages_body_trgm_idx" ON "messages" USING gin ("body" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "notes_mentions_idx" ON "notes" USING gin ("mentions");