CREATE TABLE "admin_incident_interviews" (
	"incident_id" uuid NOT NULL,
	"interview_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "admin_incident_interviews_incident_id_interview_id_pk" PRIMARY KEY("incident_id","interview_id")
);
--> statement-breakpoint
CREATE TABLE "admin_incident_reads" (
	"incident_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"read_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "admin_incident_reads_incident_id_user_id_pk" PRIMARY KEY("incident_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "admin_incidents" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"cause" text NOT NULL,
	"facts" jsonb NOT NULL,
	"opened_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_reported_at" timestamp with time zone DEFAULT now() NOT NULL,
	"resolved_at" timestamp with time zone,
	"emailed_at" timestamp with time zone,
	CONSTRAINT "admin_incidents_kind_check" CHECK (kind IN ('zoom_connection_removed', 'zoom_connection_needs_reconnect', 'meeting_failed', 'host_cannot_host'))
);
--> statement-breakpoint
CREATE TABLE "notification_email_opt_outs" (
	"user_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "notification_email_opt_outs_user_id_kind_pk" PRIMARY KEY("user_id","kind"),
	CONSTRAINT "notification_email_opt_outs_kind_check" CHECK (kind IN ('zoom_connection_removed', 'zoom_connection_needs_reconnect', 'meeting_failed', 'host_cannot_host'))
);
--> statement-breakpoint
ALTER TABLE "admin_incident_interviews" ADD CONSTRAINT "admin_incident_interviews_incident_id_admin_incidents_id_fk" FOREIGN KEY ("incident_id") REFERENCES "public"."admin_incidents"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "admin_incident_interviews" ADD CONSTRAINT "admin_incident_interviews_interview_id_interviews_id_fk" FOREIGN KEY ("interview_id") REFERENCES "public"."interviews"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "admin_incident_reads" ADD CONSTRAINT "admin_incident_reads_incident_id_admin_incidents_id_fk" FOREIGN KEY ("incident_id") REFERENCES "public"."admin_incidents"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "admin_incident_reads" ADD CONSTRAINT "admin_incident_reads_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "admin_incidents" ADD CONSTRAINT "admin_incidents_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notification_email_opt_outs" ADD CONSTRAINT "notification_email_opt_outs_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "admin_incident_interviews_interview_idx" ON "admin_incident_interviews" USING btree ("interview_id");--> statement-breakpoint
CREATE UNIQUE INDEX "admin_incidents_open_cause_unique" ON "admin_incidents" USING btree ("organization_id","kind","cause") WHERE "admin_incidents"."resolved_at" IS NULL;--> statement-breakpoint
CREATE INDEX "admin_incidents_organization_idx" ON "admin_incidents" USING btree ("organization_id","last_reported_at");--> statement-breakpoint
-- The bell of every open page of the organization refetches when an incident opens, grows or resolves.
CREATE TRIGGER admin_incidents_changed AFTER INSERT OR UPDATE OR DELETE ON admin_incidents
  FOR EACH ROW EXECUTE FUNCTION parley_notify_change('notifications');
