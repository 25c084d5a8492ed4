CREATE TABLE "response_rollups" (
	"workspace_id" uuid NOT NULL,
	"day" date NOT NULL,
	"identity_id" uuid NOT NULL,
	"identity_kind" "identity_kind" NOT NULL,
	"priority" "priority" NOT NULL,
	"is_first" boolean NOT NULL,
	"business" boolean NOT NULL,
	"bucket" smallint NOT NULL,
	"responses" integer NOT NULL,
	"within_target" integer NOT NULL,
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
	"priority" "priority" NOT NULL,
	"is_first" boolean NOT NULL,
	"business" boolean NOT NULL,
	"bucket" smallint NOT NULL,
	"responses" integer NOT NULL,
	"within_target" integer NOT NULL,
	CONSTRAINT "response_rollups_by_identity_key" UNIQUE("workspace_id","business","day","identity_id","priority","is_first","bucket")
);
--> statement-breakpoint
ALTER TABLE "response_rollups" ADD CONSTRAINT "response_rollups_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "response_rollups" ADD CONSTRAINT "response_rollups_identity_id_identities_id_fk" FOREIGN KEY ("identity_id") REFERENCES "public"."identities"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "response_rollups" ADD CONSTRAINT "response_rollups_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "response_rollups" ADD CONSTRAINT "response_rollups_channel_id_channels_id_fk" FOREIGN KEY ("channel_id") REFERENCES "public"."channels"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "response_rollups_by_identity" ADD CONSTRAINT "response_rollups_by_identity_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "response_rollups_by_identity" ADD CONSTRAINT "response_rollups_by_identity_identity_id_identities_id_fk" FOREIGN KEY ("identity_id") REFERENCES "public"."identities"("id") ON DELETE cascade ON UPDATE no action;