ALTER TABLE "audit_events" ALTER COLUMN "at" SET DEFAULT clock_timestamp();--> statement-breakpoint
ALTER TABLE "audit_events" ADD COLUMN "sequence" bigserial NOT NULL;--> statement-breakpoint
CREATE INDEX "audit_events_organization_sequence_idx" ON "audit_events" USING btree ("organization_id","sequence");