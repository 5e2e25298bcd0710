ALTER TABLE "zoom_connections" ADD COLUMN "renewal_claim" text;--> statement-breakpoint
ALTER TABLE "zoom_connections" ADD COLUMN "renewing_until" timestamp with time zone;