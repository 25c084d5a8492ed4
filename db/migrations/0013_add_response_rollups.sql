CREATE TABLE "response_rollups" (
	"workspace_id" uuid NOT NULL,
	"day" date NOT NULL,
	"identity_id" uuid NOT NULL,
	"identity_kind" "identity_kind" NOT NULL,
	"is_first" boolean NOT NULL,
	"business" boolean NOT NULL,
	"bucket" smallint NOT NULL,
	"responses" integer NOT NULL,
	"within_target" integer NOT NULL,
	"priority" "priority" NOT NULL,
	"user_id" uuid,
	"channel_id" uuid NOT NULL,
	"category" "category" NOT NULL,
	CONSTRAINT "response_rollups_key" UNIQUE NULLS NOT DISTINCT("workspace_id","business","day","identity_id","user_id","channel_id","category","priority","is_first","bucket")
);
--> statement-breakpoint
CREATE TABLE "response_rollups_by_identity" (
	"workspace_id" uuid NOT NULL,
	"day" date NOT NULL,
	"identity_id" uuid NOT NULL,
	"identity_kind" "identity_kind" NOT NULL,
	"is_first" boolean NOT NULL,
	"business" boolean NOT NULL,
	"bucket" smallint NOT NULL,
	"responses" integer NOT NULL,
	"within_target" integer NOT NULL,
	CONSTRAINT "response_rollups_by_identity_key" UNIQUE("workspace_id","business","day","identity_id","is_first","bucket")
);
--> statement-breakpoint
CREATE TABLE "response_rollups_by_identity_weekly" (
	"workspace_id" uuid NOT NULL,
	"day" date NOT NULL,
	"identity_id" uuid NOT NULL,
	"identity_kind" "identity_kind" NOT NULL,
	"is_first" boolean NOT NULL,
	"business" boolean NOT NULL,
	"bucket" smallint NOT NULL,
	"responses" integer NOT NULL,
	"within_target" integer NOT NULL,
	CONSTRAINT "response_rollups_by_identity_weekly_key" UNIQUE("workspace_id","business","day","identity_id","is_first","bucket")
);
--> statement-breakpoint
CREATE TABLE "response_sla_daily" (
	"workspace_id" uuid NOT NULL,
	"day" date NOT NULL,
	"identity_id" uuid NOT NULL,
	"identity_kind" "identity_kind" NOT NULL,
	"priority" "priority" NOT NULL,
	"is_first" boolean NOT NULL,
	"business" boolean NOT NULL,
	"responses" integer NOT NULL,
	"within_target" integer NOT NULL,
	CONSTRAINT "response_sla_daily_key" UNIQUE("workspace_id","business","day","identity_id","priority","is_first")
);
--> statement-breakpoint
ALTER TABLE "response_rollups" ADD CONSTRAINT "response_rollups_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "response_rollups_by_identity" ADD CONSTRAINT "response_rollups_by_identity_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "response_rollups_by_identity_weekly" ADD CONSTRAINT "response_rollups_by_identity_weekly_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "response_sla_daily" ADD CONSTRAINT "response_sla_daily_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;