CREATE TABLE "interview_messages" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"interview_id" uuid NOT NULL,
	"interview_version" integer NOT NULL,
	"idempotency_key" text NOT NULL,
	"kind" text NOT NULL,
	"role" text NOT NULL,
	"recipient_key" text NOT NULL,
	"recipient_name" text NOT NULL,
	"recipient_email" text NOT NULL,
	"snapshot" jsonb NOT NULL,
	"changes" text[] DEFAULT '{}'::text[] NOT NULL,
	"removed" boolean DEFAULT false NOT NULL,
	"previous_start_at" timestamp with time zone,
	"state" text DEFAULT 'queued' NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"smtp_response" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"settled_at" timestamp with time zone,
	CONSTRAINT "interview_messages_kind_check" CHECK (kind IN ('invitation', 'update', 'cancellation')),
	CONSTRAINT "interview_messages_role_check" CHECK (role IN ('candidate', 'interviewer', 'recruiter')),
	CONSTRAINT "interview_messages_state_check" CHECK (state IN ('queued', 'retrying', 'delivered', 'failed'))
);
--> statement-breakpoint
ALTER TABLE "dev_mail_messages" ADD COLUMN "calendar" text;--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "receives_interview_invitations" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "interview_messages" ADD CONSTRAINT "interview_messages_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "interview_messages" ADD CONSTRAINT "interview_messages_interview_id_interviews_id_fk" FOREIGN KEY ("interview_id") REFERENCES "public"."interviews"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "interview_messages_idempotency_unique" ON "interview_messages" USING btree ("idempotency_key");--> statement-breakpoint
CREATE INDEX "interview_messages_interview_idx" ON "interview_messages" USING btree ("interview_id","created_at");--> statement-breakpoint
-- An open interview page shows its message history live: a delivered invitation, a bounce.
CREATE TRIGGER interview_messages_changed AFTER INSERT OR UPDATE OR DELETE ON interview_messages
  FOR EACH ROW EXECUTE FUNCTION parley_notify_change('interviews');
