CREATE TABLE "meeting_guard_settings" (
	"organization_id" uuid PRIMARY KEY NOT NULL,
	"auto_recreate" boolean DEFAULT false NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "meeting_reconcile_runs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"trigger" text NOT NULL,
	"requested_by_user_id" uuid,
	"started_at" timestamp with time zone DEFAULT now() NOT NULL,
	"finished_at" timestamp with time zone,
	"counts" jsonb,
	"error" text,
	CONSTRAINT "meeting_reconcile_runs_trigger_check" CHECK (trigger IN ('schedule', 'admin'))
);
--> statement-breakpoint
ALTER TABLE "interviews" ADD COLUMN "connection_flagged_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "interviews" ADD COLUMN "connection_flag_reason" text;--> statement-breakpoint
ALTER TABLE "zoom_meetings" ADD COLUMN "sent_fields" jsonb DEFAULT '[]'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "zoom_meetings" ADD COLUMN "zoom_drift" jsonb;--> statement-breakpoint
ALTER TABLE "meeting_guard_settings" ADD CONSTRAINT "meeting_guard_settings_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_reconcile_runs" ADD CONSTRAINT "meeting_reconcile_runs_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_reconcile_runs" ADD CONSTRAINT "meeting_reconcile_runs_requested_by_user_id_users_id_fk" FOREIGN KEY ("requested_by_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "meeting_reconcile_runs_organization_idx" ON "meeting_reconcile_runs" USING btree ("organization_id","started_at");--> statement-breakpoint
CREATE INDEX "interviews_connection_flagged_idx" ON "interviews" USING btree ("organization_id") WHERE "interviews"."connection_flagged_at" IS NOT NULL;--> statement-breakpoint
ALTER TABLE "interviews" ADD CONSTRAINT "interviews_connection_flag_reason_check" CHECK (connection_flag_reason IN ('needs_reconnect', 'removed', 'host_unavailable', 'meeting_missing'));
--> statement-breakpoint
-- The Zoom settings page shows the reconcile result and the auto-recreate choice: open pages refresh.
CREATE TRIGGER meeting_reconcile_runs_changed AFTER INSERT OR UPDATE OR DELETE ON meeting_reconcile_runs
  FOR EACH ROW EXECUTE FUNCTION parley_notify_change('zoom');
--> statement-breakpoint
CREATE TRIGGER meeting_guard_settings_changed AFTER INSERT OR UPDATE OR DELETE ON meeting_guard_settings
  FOR EACH ROW EXECUTE FUNCTION parley_notify_change('zoom');
