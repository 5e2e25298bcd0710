CREATE TABLE "zoom_account_users" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"zoom_account_id" text NOT NULL,
	"zoom_user_id" text,
	"email" text NOT NULL,
	"first_name" text DEFAULT '' NOT NULL,
	"last_name" text DEFAULT '' NOT NULL,
	"type" integer NOT NULL,
	"status" text NOT NULL,
	"role" text,
	"synced_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "zoom_admin_links" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"token_hash" text NOT NULL,
	"created_by_user_id" uuid NOT NULL,
	"expected_zoom_account_id" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"used_at" timestamp with time zone,
	"withdrawn_at" timestamp with time zone,
	CONSTRAINT "zoom_admin_links_token_hash_unique" UNIQUE("token_hash")
);
--> statement-breakpoint
CREATE TABLE "zoom_connections" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"user_id" uuid,
	"auth_type" text NOT NULL,
	"status" text NOT NULL,
	"status_reason" text,
	"status_changed_at" timestamp with time zone DEFAULT now() NOT NULL,
	"zoom_account_id" text NOT NULL,
	"zoom_user_id" text NOT NULL,
	"zoom_user_email" text NOT NULL,
	"zoom_user_name" text NOT NULL,
	"zoom_user_role" text NOT NULL,
	"scopes" text[] DEFAULT '{}'::text[] NOT NULL,
	"sealed_access_token" text,
	"sealed_refresh_token" text,
	"access_token_expires_at" timestamp with time zone,
	"s2s_account_id" text,
	"s2s_client_id" text,
	"sealed_s2s_client_secret" text,
	"api_url" text,
	"connected_at" timestamp with time zone DEFAULT now() NOT NULL,
	"connected_by_user_id" uuid,
	"last_used_at" timestamp with time zone,
	"last_check_at" timestamp with time zone,
	"last_check_ok" boolean,
	"last_check_problem" jsonb,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "zoom_connections_kind_check" CHECK (kind IN ('organization', 'personal')),
	CONSTRAINT "zoom_connections_auth_type_check" CHECK (auth_type IN ('oauth', 'server_to_server')),
	CONSTRAINT "zoom_connections_status_check" CHECK (status IN ('connected', 'needs_reconnect', 'removed_in_zoom')),
	CONSTRAINT "zoom_connections_owner_check" CHECK ((kind = 'organization' AND user_id IS NULL) OR (kind = 'personal' AND user_id IS NOT NULL))
);
--> statement-breakpoint
CREATE TABLE "zoom_host_candidates" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"zoom_account_id" text NOT NULL,
	"zoom_user_id" text NOT NULL,
	"email" text NOT NULL,
	"first_name" text DEFAULT '' NOT NULL,
	"last_name" text DEFAULT '' NOT NULL,
	"label" text NOT NULL,
	"type" integer NOT NULL,
	"status" text NOT NULL,
	"is_default" boolean DEFAULT false NOT NULL,
	"flag" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "zoom_oauth_states" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"state_hash" text NOT NULL,
	"purpose" text NOT NULL,
	"organization_id" uuid NOT NULL,
	"user_id" uuid,
	"admin_link_id" uuid,
	"sealed_code_verifier" text NOT NULL,
	"redirect_uri" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	CONSTRAINT "zoom_oauth_states_state_hash_unique" UNIQUE("state_hash"),
	CONSTRAINT "zoom_oauth_states_purpose_check" CHECK (purpose IN ('organization', 'personal', 'admin_link'))
);
--> statement-breakpoint
CREATE TABLE "zoom_rooms" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"zoom_account_id" text NOT NULL,
	"zoom_room_id" text NOT NULL,
	"name" text NOT NULL,
	"status" text NOT NULL,
	"location_id" text,
	"synced_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "zoom_webhook_events" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"body_hash" text NOT NULL,
	"event" text NOT NULL,
	"zoom_account_id" text,
	"received_at" timestamp with time zone DEFAULT now() NOT NULL,
	"result" text,
	"details" jsonb DEFAULT '{}'::jsonb NOT NULL,
	CONSTRAINT "zoom_webhook_events_body_hash_unique" UNIQUE("body_hash")
);
--> statement-breakpoint
ALTER TABLE "zoom_account_users" ADD CONSTRAINT "zoom_account_users_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "zoom_admin_links" ADD CONSTRAINT "zoom_admin_links_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "zoom_admin_links" ADD CONSTRAINT "zoom_admin_links_created_by_user_id_users_id_fk" FOREIGN KEY ("created_by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "zoom_connections" ADD CONSTRAINT "zoom_connections_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "zoom_connections" ADD CONSTRAINT "zoom_connections_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "zoom_connections" ADD CONSTRAINT "zoom_connections_connected_by_user_id_users_id_fk" FOREIGN KEY ("connected_by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "zoom_host_candidates" ADD CONSTRAINT "zoom_host_candidates_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "zoom_oauth_states" ADD CONSTRAINT "zoom_oauth_states_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "zoom_oauth_states" ADD CONSTRAINT "zoom_oauth_states_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "zoom_oauth_states" ADD CONSTRAINT "zoom_oauth_states_admin_link_id_zoom_admin_links_id_fk" FOREIGN KEY ("admin_link_id") REFERENCES "public"."zoom_admin_links"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "zoom_rooms" ADD CONSTRAINT "zoom_rooms_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "zoom_account_users_email_unique" ON "zoom_account_users" USING btree ("organization_id","email");--> statement-breakpoint
CREATE INDEX "zoom_account_users_zoom_user_idx" ON "zoom_account_users" USING btree ("organization_id","zoom_user_id");--> statement-breakpoint
CREATE INDEX "zoom_admin_links_organization_idx" ON "zoom_admin_links" USING btree ("organization_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "zoom_connections_organization_unique" ON "zoom_connections" USING btree ("organization_id") WHERE "zoom_connections"."kind" = 'organization';--> statement-breakpoint
CREATE UNIQUE INDEX "zoom_connections_personal_unique" ON "zoom_connections" USING btree ("user_id") WHERE "zoom_connections"."kind" = 'personal';--> statement-breakpoint
CREATE INDEX "zoom_connections_zoom_account_idx" ON "zoom_connections" USING btree ("zoom_account_id");--> statement-breakpoint
CREATE INDEX "zoom_connections_zoom_user_idx" ON "zoom_connections" USING btree ("zoom_user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "zoom_host_candidates_user_unique" ON "zoom_host_candidates" USING btree ("organization_id","zoom_user_id");--> statement-breakpoint
CREATE INDEX "zoom_host_candidates_account_idx" ON "zoom_host_candidates" USING btree ("zoom_account_id");--> statement-breakpoint
CREATE INDEX "zoom_oauth_states_expires_idx" ON "zoom_oauth_states" USING btree ("expires_at");--> statement-breakpoint
CREATE UNIQUE INDEX "zoom_rooms_room_unique" ON "zoom_rooms" USING btree ("organization_id","zoom_room_id");--> statement-breakpoint
CREATE INDEX "zoom_webhook_events_received_idx" ON "zoom_webhook_events" USING btree ("received_at");