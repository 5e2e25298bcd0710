CREATE TABLE "interviews" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"application_id" uuid NOT NULL,
	"candidate_id" uuid NOT NULL,
	"job_id" uuid NOT NULL,
	"stage_id" uuid NOT NULL,
	"interviewer_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
	"start_at" timestamp with time zone NOT NULL,
	"end_at" timestamp with time zone NOT NULL,
	"time_zone" text NOT NULL,
	"duration_minutes" integer NOT NULL,
	"location_kind" text NOT NULL,
	"zoom_room_id" text,
	"zoom_room_name" text,
	"location_details" text DEFAULT '' NOT NULL,
	"video" boolean NOT NULL,
	"host_choice" text NOT NULL,
	"requested_host_candidate_id" uuid,
	"host_zoom_user_id" text,
	"host_label" text DEFAULT '' NOT NULL,
	"host_candidate_id" uuid,
	"host_connection_id" uuid,
	"host_explanation" jsonb,
	"state" text NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"scheduled_by_user_id" uuid NOT NULL,
	"cancel_reason" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "interviews_state_check" CHECK (state IN ('scheduling', 'confirmed', 'rescheduling', 'cancelled', 'completed', 'needs_attention')),
	CONSTRAINT "interviews_location_kind_check" CHECK (location_kind IN ('zoom', 'zoom_room', 'in_person', 'phone')),
	CONSTRAINT "interviews_host_choice_check" CHECK (host_choice IN ('automatic', 'host_candidate', 'own_zoom')),
	CONSTRAINT "interviews_duration_check" CHECK (duration_minutes BETWEEN 5 AND 1440)
);
--> statement-breakpoint
CREATE TABLE "zoom_meeting_calls" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"interview_id" uuid,
	"host_zoom_user_id" text NOT NULL,
	"operation" text NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"status" integer NOT NULL,
	"zoom_code" integer,
	"message" text DEFAULT '' NOT NULL,
	"blocked_until" timestamp with time zone,
	CONSTRAINT "zoom_meeting_calls_operation_check" CHECK (operation IN ('create', 'update', 'delete', 'get', 'list'))
);
--> statement-breakpoint
CREATE TABLE "zoom_meetings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"interview_id" uuid NOT NULL,
	"zoom_meeting_id" bigint,
	"host_zoom_user_id" text NOT NULL,
	"host_label" text DEFAULT '' NOT NULL,
	"connection_id" uuid,
	"join_url" text,
	"sealed_passcode" text,
	"interview_version" integer DEFAULT 0 NOT NULL,
	"state" text NOT NULL,
	"link_changed" boolean DEFAULT false NOT NULL,
	"create_attempted_at" timestamp with time zone,
	"last_attempt_at" timestamp with time zone,
	"last_answer" jsonb,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "zoom_meetings_state_check" CHECK (state IN ('creating', 'live', 'updating', 'deleting', 'deleted', 'deleted_in_zoom', 'failed'))
);
--> statement-breakpoint
ALTER TABLE "zoom_host_candidates" ADD COLUMN "concurrent_meetings" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "interviews" ADD CONSTRAINT "interviews_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "interviews" ADD CONSTRAINT "interviews_application_id_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."applications"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "interviews" ADD CONSTRAINT "interviews_candidate_id_candidates_id_fk" FOREIGN KEY ("candidate_id") REFERENCES "public"."candidates"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "interviews" ADD CONSTRAINT "interviews_job_id_jobs_id_fk" FOREIGN KEY ("job_id") REFERENCES "public"."jobs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "interviews" ADD CONSTRAINT "interviews_stage_id_job_stages_id_fk" FOREIGN KEY ("stage_id") REFERENCES "public"."job_stages"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "interviews" ADD CONSTRAINT "interviews_host_connection_id_zoom_connections_id_fk" FOREIGN KEY ("host_connection_id") REFERENCES "public"."zoom_connections"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "interviews" ADD CONSTRAINT "interviews_scheduled_by_user_id_users_id_fk" FOREIGN KEY ("scheduled_by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "zoom_meeting_calls" ADD CONSTRAINT "zoom_meeting_calls_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "zoom_meeting_calls" ADD CONSTRAINT "zoom_meeting_calls_interview_id_interviews_id_fk" FOREIGN KEY ("interview_id") REFERENCES "public"."interviews"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "zoom_meetings" ADD CONSTRAINT "zoom_meetings_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "zoom_meetings" ADD CONSTRAINT "zoom_meetings_interview_id_interviews_id_fk" FOREIGN KEY ("interview_id") REFERENCES "public"."interviews"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "zoom_meetings" ADD CONSTRAINT "zoom_meetings_connection_id_zoom_connections_id_fk" FOREIGN KEY ("connection_id") REFERENCES "public"."zoom_connections"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "interviews_organization_start_idx" ON "interviews" USING btree ("organization_id","start_at");--> statement-breakpoint
CREATE INDEX "interviews_application_idx" ON "interviews" USING btree ("application_id");--> statement-breakpoint
CREATE INDEX "interviews_host_start_idx" ON "interviews" USING btree ("host_zoom_user_id","start_at");--> statement-breakpoint
CREATE INDEX "interviews_interviewers_idx" ON "interviews" USING gin ("interviewer_ids");--> statement-breakpoint
CREATE INDEX "zoom_meeting_calls_host_idx" ON "zoom_meeting_calls" USING btree ("host_zoom_user_id","at");--> statement-breakpoint
CREATE INDEX "zoom_meeting_calls_interview_idx" ON "zoom_meeting_calls" USING btree ("interview_id","at");--> statement-breakpoint
CREATE UNIQUE INDEX "zoom_meetings_current_unique" ON "zoom_meetings" USING btree ("interview_id") WHERE "zoom_meetings"."state" NOT IN ('deleting', 'deleted');--> statement-breakpoint
CREATE INDEX "zoom_meetings_zoom_id_idx" ON "zoom_meetings" USING btree ("zoom_meeting_id");