CREATE TYPE "public"."routing_target" AS ENUM('brand', 'channel_voice', 'identity');--> statement-breakpoint
ALTER TYPE "public"."notification_kind" ADD VALUE 'sla_breach';--> statement-breakpoint
CREATE TABLE "routing_rules" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"workspace_id" uuid NOT NULL,
	"name" text NOT NULL,
	"position" integer NOT NULL,
	"enabled" boolean DEFAULT true NOT NULL,
	"categories" "category"[] DEFAULT '{}' NOT NULL,
	"kinds" "conversation_kind"[] DEFAULT '{}' NOT NULL,
	"channel_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
	"keywords" text[] DEFAULT '{}'::text[] NOT NULL,
	"contact_labels" text[] DEFAULT '{}'::text[] NOT NULL,
	"target" "routing_target" NOT NULL,
	"target_identity_id" uuid,
	"assignee_id" uuid,
	"priority" "priority",
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "routing_rules_identity_target" CHECK (("routing_rules"."target" = 'identity') = ("routing_rules"."target_identity_id" IS NOT NULL))
);
--> statement-breakpoint
CREATE TABLE "sla_breach_notices" (
	"conversation_id" uuid NOT NULL,
	"waiting_since" timestamp with time zone NOT NULL,
	"workspace_id" uuid NOT NULL,
	"notified_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "sla_breach_notices_conversation_id_waiting_since_pk" PRIMARY KEY("conversation_id","waiting_since")
);
--> statement-breakpoint
ALTER TABLE "workspaces" ADD COLUMN "sla_business_hours" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "workspaces" ADD COLUMN "closed_days" jsonb DEFAULT '[]'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "routing_rules" ADD CONSTRAINT "routing_rules_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "routing_rules" ADD CONSTRAINT "routing_rules_target_identity_id_identities_id_fk" FOREIGN KEY ("target_identity_id") REFERENCES "public"."identities"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "routing_rules" ADD CONSTRAINT "routing_rules_assignee_id_users_id_fk" FOREIGN KEY ("assignee_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sla_breach_notices" ADD CONSTRAINT "sla_breach_notices_conversation_id_conversations_id_fk" FOREIGN KEY ("conversation_id") REFERENCES "public"."conversations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sla_breach_notices" ADD CONSTRAINT "sla_breach_notices_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "routing_rules_workspace_position_idx" ON "routing_rules" USING btree ("workspace_id","position");--> statement-breakpoint
CREATE INDEX "conversations_sla_breach_idx" ON "conversations" USING btree ("sla_due_at") WHERE "conversations"."waiting_since" IS NOT NULL AND "conversations"."status" IN ('open', 'pending');
--> statement-breakpoint
-- The default rules every workspace starts with (db/queries/routing-defaults.ts does the same for new workspaces).
INSERT INTO "routing_rules" ("workspace_id", "name", "position", "categories", "target")
SELECT "id", CASE WHEN "default_locale" = 'de' THEN 'Kritik an die Marke' ELSE 'Criticism to the brand' END, 1, '{criticism}', 'brand' FROM "workspaces";--> statement-breakpoint
INSERT INTO "routing_rules" ("workspace_id", "name", "position", "categories", "target")
SELECT "id", CASE WHEN "default_locale" = 'de' THEN 'Lob und Fragen an die Stimme des Kanals' ELSE 'Praise and questions to the channel''s voice' END, 2, '{praise,question}', 'channel_voice' FROM "workspaces";
