ALTER TABLE "zoom_meetings" ADD COLUMN "sealed_phone_passcode" text;--> statement-breakpoint
ALTER TABLE "zoom_meetings" ADD COLUMN "dial_in_numbers" jsonb DEFAULT '[]'::jsonb NOT NULL;