-- Flows started before their state was bound to a session cannot be checked; they are at most 10 minutes old
-- and are simply started again.
DELETE FROM "zoom_oauth_states" WHERE "purpose" <> 'admin_link';--> statement-breakpoint
ALTER TABLE "zoom_oauth_states" ADD COLUMN "session_id" uuid;--> statement-breakpoint
ALTER TABLE "zoom_oauth_states" ADD CONSTRAINT "zoom_oauth_states_session_id_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."sessions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "zoom_oauth_states" ADD CONSTRAINT "zoom_oauth_states_session_check" CHECK ("zoom_oauth_states"."purpose" = 'admin_link' or "zoom_oauth_states"."session_id" is not null);